package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.Availability;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;

class EntryValidationTest {

    private static ContactContent contact(String email, String phone, Set<String> languages) {
        return contact(email, phone, languages, Visibility.PUBLIC);
    }

    private static ContactContent contact(String email, String phone, Set<String> languages, Visibility level) {
        return new ContactContent(
                "se-npa", "MLA desk", null, email, phone, languages, List.of(), Set.of(), Set.of(), level, null, null);
    }

    @Test
    void aPublicContactOfAMembersAuthority_isRefusedNamingBothLevels() {
        InvalidDocumentException e = catchThrowableOfType(
                InvalidDocumentException.class,
                () -> EntryValidation.contact("k", contact(null, null, Set.of()), "SE", Visibility.MEMBERS));

        assertThat(e.problems()).extracting(Problem::field).containsExactly("visibility");
        assertThat(e.problems().get(0).message()).contains("is PUBLIC", "'se-npa' is MEMBERS");
    }

    @Test
    void aMembersContactOfARestrictedAuthority_isRefused_andAStricterContactIsAccepted() {
        assertThat(catchThrowableOfType(
                        InvalidDocumentException.class,
                        () -> EntryValidation.contact(
                                "k", contact(null, null, Set.of(), Visibility.MEMBERS), "SE", Visibility.RESTRICTED)))
                .isNotNull();

        assertThat(EntryValidation.contact(
                                "k", contact(null, null, Set.of(), Visibility.RESTRICTED), "SE", Visibility.MEMBERS)
                        .visibility())
                .isEqualTo(Visibility.RESTRICTED);
        assertThat(EntryValidation.contact(
                                "k", contact(null, null, Set.of(), Visibility.MEMBERS), "SE", Visibility.MEMBERS)
                        .visibility())
                .isEqualTo(Visibility.MEMBERS);
    }

    @Test
    void plainTextDescription_isStoredAsTyped_notEntityEncoded() {
        var content = new AuthorityContent(
                "Name",
                null,
                "SE",
                AuthorityKind.POLICE,
                null,
                "Sweden's prosecutors & police: call +46 10 443 50 00",
                Set.of(),
                Set.of(),
                null);

        assertThat(EntryValidation.authority("k", content).description())
                .isEqualTo("Sweden's prosecutors & police: call +46 10 443 50 00");
    }

    @Test
    void phoneNumbers_areStoredInE164_whetherTypedInternationallyOrNationally() {
        assertThat(EntryValidation.contact("k", contact(null, "+46 10-443 50 00", Set.of()), "SE", Visibility.PUBLIC)
                        .phone())
                .isEqualTo("+46104435000");
        assertThat(EntryValidation.contact("k", contact(null, "010-443 50 00", Set.of()), "SE", Visibility.PUBLIC)
                        .phone())
                .isEqualTo("+46104435000");
        assertThat(EntryValidation.contact("k", contact(null, "+33 1 44 77 63 00", Set.of()), "SE", Visibility.PUBLIC)
                        .phone())
                .isEqualTo("+33144776300");
    }

    @Test
    void badEmailPhoneAndLanguage_areAllReported_byField() {
        InvalidDocumentException e = catchThrowableOfType(
                InvalidDocumentException.class,
                () -> EntryValidation.contact(
                        "k", contact("desk@", "12 x", Set.of("en", "english")), "SE", Visibility.PUBLIC));

        assertThat(e.problems()).extracting(Problem::field).containsExactly("email", "phone", "languages");
        assertThat(e.problems().get(0).message()).contains("desk@", "e-mail");
        assertThat(e.getMessage()).contains("3 problems", "nothing was saved");
    }

    @Test
    void anUnknownCountry_aNonHttpWebsite_andAMissingName_areRefused() {
        var content = new AuthorityContent(
                " ", null, "XX", AuthorityKind.POLICE, "javascript:alert(1)", null, Set.of(), Set.of(), null);

        InvalidDocumentException e =
                catchThrowableOfType(InvalidDocumentException.class, () -> EntryValidation.authority("k", content));

        assertThat(e.problems()).extracting(Problem::field).containsExactly("name", "country", "website");
    }

    @Test
    void theFormAndTheImport_refuseTheSameValuesInTheSameWords() {
        InvalidDocumentException form = catchThrowableOfType(
                InvalidDocumentException.class,
                () -> EntryValidation.contact(
                        "c1", contact("mla(at)example", "12345", Set.of("english")), null, Visibility.PUBLIC));
        InvalidDocumentException imported =
                catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read("""
                        {"contacts": [{"key": "c1", "authority": "se-npa", "role": "MLA desk", "email": "mla(at)example",
                          "phone": "12345", "languages": ["english"]}]}"""));

        assertThat(form.problems())
                .extracting(Problem::field, Problem::message)
                .containsExactlyElementsOf(imported.problems().stream()
                        .map(p -> tuple(p.field(), p.message()))
                        .toList())
                .hasSize(3);
    }

    @Test
    void richTextThatSanitisesToNothing_isAbsent() {
        var content = new AuthorityContent(
                "Name", null, "SE", AuthorityKind.POLICE, null, "<script>x()</script>", Set.of(), Set.of(), null);

        assertThat(EntryValidation.authority("k", content).description()).isNull();
    }

    @Test
    void richText_keepsFormatting_andLosesScriptsAndHandlers() {
        var content = new AuthorityContent(
                "Name",
                null,
                "SE",
                AuthorityKind.POLICE,
                "https://polisen.se",
                "<p>We <b>answer</b> <a href=\"https://polisen.se\" onclick=\"x()\">here</a></p>"
                        + "<script>window.__xss=1</script><img src=x onerror=window.__xss=1>",
                Set.of(),
                Set.of(),
                null);

        String description = EntryValidation.authority("k", content).description();

        assertThat(description)
                .contains("<p>We <b>answer</b>", "href=\"https://polisen.se\"", "here")
                .doesNotContain("script", "onerror", "onclick", "<img", "__xss");
    }

    @Test
    void textIsStripped_andBlankOptionalFieldsBecomeAbsent() {
        var content = new AuthorityContent(
                "  Name  ", "  ", "SE", AuthorityKind.POLICE, "", null, Set.of(" EJN ", ""), Set.of(), null);

        AuthorityContent valid = EntryValidation.authority("k", content);

        assertThat(valid.name()).isEqualTo("Name");
        assertThat(valid.localName()).isNull();
        assertThat(valid.website()).isNull();
        assertThat(valid.networks()).containsExactly("EJN");
    }

    @Test
    void availability_isKeptThroughTheForm_andUnreadableHoursOrZonesAreRefusedByField() {
        ContactContent fine = contact(null, null, Set.of())
                .withAvailability(Availability.of(true, "Mon-Fri 08:00-16:30", "Europe/Stockholm"));
        assertThat(EntryValidation.contact("k", fine, "SE", Visibility.PUBLIC).availability())
                .isEqualTo(fine.availability());

        InvalidDocumentException refused = catchThrowableOfType(
                InvalidDocumentException.class,
                () -> EntryValidation.contact(
                        "k",
                        contact(null, null, Set.of())
                                .withAvailability(Availability.of(false, "weekdays 9-5", "Europe/Atlantis")),
                        "SE",
                        Visibility.PUBLIC));
        assertThat(refused.problems())
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("availability.officeHours", "availability.timeZone");
    }
}
