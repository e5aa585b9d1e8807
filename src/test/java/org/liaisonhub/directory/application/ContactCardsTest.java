package org.liaisonhub.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.vcard.VCard;
import net.fortuna.ical4j.vcard.VCardBuilder;
import org.junit.jupiter.api.Test;

/** Our vCards read back the same through an independent parser (ical4j-vcard), not only through ez-vcard. */
class ContactCardsTest {

    static final ContactDetails CONTACT = new ContactDetails(
            "se-rmk-eio-mla",
            new AuthorityRef("se-aklagarmyndigheten", "Swedish Prosecution Authority", "SE"),
            "National Anti-Corruption Unit – EIO and MLA desk",
            null,
            "rmk-eio@aklagare.example.org",
            "+46105625000",
            List.of("sv", "en"),
            List.of(
                    new ChannelDetails("EMAIL", "rmk-eio@aklagare.example.org", false),
                    new ChannelDetails("GLOBE_THREEMA", "SE4RMK01", true),
                    new ChannelDetails("SIENA", "via Swedish Police NCB", true)),
            List.of("EIO", "MLA"),
            List.of(),
            "PUBLIC",
            LocalDate.of(2026, 3, 1),
            false,
            false,
            null);

    private static Map<String, List<String>> parseIndependently(String text) throws Exception {
        VCard card = new VCardBuilder(new StringReader(text)).build();
        return card.getEntityList().getAll().get(0).getPropertyList().getAll().stream()
                .collect(Collectors.groupingBy(
                        Property::getName, Collectors.mapping(Property::getValue, Collectors.toList())));
    }

    @Test
    void vcard_roundTripsNameOrganisationEmailPhoneAndLanguages() throws Exception {
        String text = ContactCards.write(CONTACT);

        Map<String, List<String>> properties = parseIndependently(text);

        assertThat(text).startsWith("BEGIN:VCARD\r\nVERSION:4.0");
        assertThat(properties.get("FN")).containsExactly("National Anti-Corruption Unit – EIO and MLA desk");
        assertThat(properties.get("ORG")).singleElement().asString().contains("Swedish Prosecution Authority");
        assertThat(properties.get("EMAIL")).containsExactly("rmk-eio@aklagare.example.org");
        assertThat(properties.get("TEL")).singleElement().asString().contains("+46105625000");
        assertThat(properties.get("LANG")).containsExactlyInAnyOrder("sv", "en");
        assertThat(properties.get("TITLE")).containsExactly("National Anti-Corruption Unit – EIO and MLA desk");
    }

    @Test
    void vcard_carriesSecureChannelsAsImppAndNotes() throws Exception {
        Map<String, List<String>> properties = parseIndependently(ContactCards.write(CONTACT));

        assertThat(properties.get("IMPP")).singleElement().asString().isEqualTo("threema:SE4RMK01");
        assertThat(properties.get("NOTE")).singleElement().asString().contains("Europol SIENA");
    }

    @Test
    void vcard_ofANamedPerson_usesTheNameAndKeepsTheRoleAsTitle() throws Exception {
        ContactDetails person = new ContactDetails(
                "x",
                CONTACT.authority(),
                "Liaison prosecutor",
                "Alex Example",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "MEMBERS",
                null,
                true,
                false,
                null);

        Map<String, List<String>> properties = parseIndependently(ContactCards.write(person));

        assertThat(properties.get("FN")).containsExactly("Alex Example");
        assertThat(properties.get("TITLE")).containsExactly("Liaison prosecutor");
        assertThat(properties).doesNotContainKeys("EMAIL", "TEL");
    }
}
