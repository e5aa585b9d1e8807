package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.testing.ExchangeJson;

class ExchangeReaderTest {

    /** A document with the Swedish Prosecution Authority, its networks and competences given twice. */
    private static ExchangeJson withAuthority() {
        return ExchangeJson.document().authority("se-npa", a -> a.name("Swedish Prosecution Authority")
                .localName("Åklagarmyndigheten")
                .country("SE")
                .kind("PROSECUTION")
                .networks("GlobE", "globe", "EJN")
                .competences("EIO", "MLA", "EIO"));
    }

    @Test
    void read_acceptsAValidDocumentAndNormalisesValues() {
        ExchangeDocument document = ExchangeReader.read(withAuthority()
                .format("liaison-exchange")
                .version(1)
                .contact("se-npa-eio", c -> c.authority("se-npa")
                        .role(" Duty prosecutor, EIO ")
                        .email("eio@aklagare.example.org")
                        .phone("+46 10-562 50 00")
                        .languages("sv", "en")
                        .channel("GLOBE_THREEMA", "ABCD1234")
                        .visibility("MEMBERS")
                        .lastVerified("2026-01-10"))
                .toJson());

        assertThat(document.authorities()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("se-npa");
            assertThat(a.content().networks())
                    .as("network names are a set, ignoring case")
                    .hasSize(2);
            assertThat(a.content().competences()).containsExactlyInAnyOrder(Competence.EIO, Competence.MLA);
            assertThat(a.content().visibility()).isEqualTo(Visibility.PUBLIC);
        });
        assertThat(document.contacts()).singleElement().satisfies(c -> {
            assertThat(c.content().role()).isEqualTo("Duty prosecutor, EIO");
            assertThat(c.content().phone()).as("stored in E.164").isEqualTo("+46105625000");
            assertThat(c.content().channels()).singleElement().satisfies(ch -> assertThat(ch.getType())
                    .isEqualTo(ChannelType.GLOBE_THREEMA));
            assertThat(c.content().visibility()).isEqualTo(Visibility.MEMBERS);
        });
    }

    @Test
    void read_listsEveryProblemWithSectionKeyAndField() {
        String document = ExchangeJson.document()
                .authority("x1", a -> a.country("XX").kind("WIZARDS"))
                .contact("c1", c -> c.authority("x1")
                        .role("Desk")
                        .email("not-an-email")
                        .phone("12345")
                        .languages("english")
                        .lastVerified("2026-13-01"))
                .resource("r1", r -> r.name("Tool").kind("TOOL").url("ftp://example.org"))
                .toJson();

        InvalidDocumentException e =
                catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read(document));

        assertThat(e.error()).isEqualTo("invalid-document");
        assertThat(e.problems())
                .extracting(Problem::section, Problem::key, Problem::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("authorities", "x1", "name"),
                        org.assertj.core.groups.Tuple.tuple("authorities", "x1", "country"),
                        org.assertj.core.groups.Tuple.tuple("authorities", "x1", "kind"),
                        org.assertj.core.groups.Tuple.tuple("contacts", "c1", "email"),
                        org.assertj.core.groups.Tuple.tuple("contacts", "c1", "phone"),
                        org.assertj.core.groups.Tuple.tuple("contacts", "c1", "languages"),
                        org.assertj.core.groups.Tuple.tuple("contacts", "c1", "lastVerified"),
                        org.assertj.core.groups.Tuple.tuple("resources", "r1", "url"));
        assertThat(e.getMessage()).contains("nothing was imported");
    }

    @Test
    void read_reportsAMemberItCannotReadOnce_notAgainAsMissing() {
        InvalidDocumentException e = catchThrowableOfType(
                InvalidDocumentException.class,
                () -> ExchangeReader.read(
                        "{\"authorities\": [{\"key\": \"a1\", \"name\": 42, \"country\": \"SE\", \"kind\": \"NINJA\"}]}"));

        assertThat(e.problems()).extracting(Problem::field).containsExactly("name", "kind");
        assertThat(e.problems().get(0).message()).isEqualTo("must be a string");
    }

    @Test
    void read_judgesValuesByTheContentRules() {
        InvalidDocumentException e = catchThrowableOfType(
                InvalidDocumentException.class, () -> ExchangeReader.read("""
                {"contacts": [{"key": "c1", "authority": "se-npa", "email": "mla(at)example",
                  "phone": "+46 123", "networks": ["%s"]}]}""".formatted("n".repeat(201))));

        assertThat(e.problems())
                .extracting(Problem::field, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("role", "is required"),
                        org.assertj.core.groups.Tuple.tuple("email", "'mla(at)example' is not a valid e-mail address"),
                        org.assertj.core.groups.Tuple.tuple(
                                "phone", "'+46 123' is not a possible phone number for its country code"),
                        org.assertj.core.groups.Tuple.tuple("networks", "is longer than 200 characters"));
    }

    @Test
    void read_namesTheAllowedValuesOfAnUnknownEnum() {
        String document = ExchangeJson.document()
                .authority("a1", a -> a.name("A").country("SE").kind("NINJA"))
                .toJson();

        InvalidDocumentException e =
                catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read(document));

        assertThat(e.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("NINJA")
                .contains("PROSECUTION")
                .contains("CENTRAL_AUTHORITY");
    }

    @Test
    void read_refusesMalformedJsonWithItsPosition() {
        InvalidDocumentException e = catchThrowableOfType(
                InvalidDocumentException.class,
                () -> ExchangeReader.read("{\"authorities\": [\n  {\"key\": \"a\",,}]}"));

        assertThat(e.error()).isEqualTo("malformed-json");
        assertThat(e.getMessage()).contains("line 2");
    }

    @Test
    void read_refusesAJsonArrayOrScalarAsTheDocument() {
        assertThatThrownBy(() -> ExchangeReader.read("[]"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> ExchangeReader.read("42")).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void read_refusesUnknownMembersSoATypoNeverImportsNothingSilently() {
        InvalidDocumentException e =
                catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read("{\"contact\": []}"));

        assertThat(e.problems()).singleElement().extracting(Problem::field).isEqualTo("contact");
    }

    @Test
    void read_refusesDuplicateAndMalformedKeys() {
        String document = ExchangeJson.document()
                .resource("r1", r -> r.name("A").kind("TOOL"))
                .resource(r -> r.key("r1").name("B").kind("TOOL"))
                .resource("Bad Key!", r -> r.name("C").kind("TOOL"))
                .resource(r -> r.name("D").kind("TOOL"))
                .toJson();

        InvalidDocumentException e =
                catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read(document));

        assertThat(e.problems())
                .extracting(Problem::message)
                .hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("more than once"))
                .anySatisfy(m -> assertThat(m).contains("lower-case"))
                .anySatisfy(m -> assertThat(m).contains("required"));
    }

    @Test
    void read_keepsAnyUnicodeInTextFields() {
        ExchangeDocument document = ExchangeReader.read(ExchangeJson.document()
                .authority("cn-spp", a -> a.name("Supreme People's Procuratorate")
                        .localName("最高人民检察院")
                        .country("CN")
                        .kind("PROSECUTION")
                        .description("مكتب 🙂 Ωμέγα"))
                .toJson());

        assertThat(document.authorities().get(0).content().localName()).isEqualTo("最高人民检察院");
    }

    @Test
    void read_refusesControlCharactersInText() {
        String document = ExchangeJson.document()
                .authority("a1", a -> a.name("A\u0007").country("SE").kind("OTHER"))
                .toJson();

        assertThatThrownBy(() -> ExchangeReader.read(document))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("1 problem");
    }

    @Test
    void read_ordersAnswersByQuestionNumberAndRefusesBadNumbers() {
        ExchangeDocument document = ExchangeReader.read(ExchangeJson.document()
                .practice("p1", p -> p.title("Answer")
                        .country("SE")
                        .answer("8a", "hub")
                        .answer("2", "EJN")
                        .answer("10", "x")
                        .answer("1a", a -> a.options("Email"))
                        .answer("1", a -> a.choice("YES")))
                .toJson());

        assertThat(document.practices().get(0).content().answers())
                .extracting(a -> a.getQuestion())
                .containsExactly("1", "1a", "2", "8a", "10");

        String badNumbers = ExchangeJson.document()
                .practice(
                        "p1",
                        p -> p.title("Answer").country("SE").answer("Q2", "x").answer("3", a -> a.choice("MAYBE")))
                .toJson();
        InvalidDocumentException e =
                catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read(badNumbers));
        assertThat(e.problems())
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("answers[0].question", "answers[1].choice");
    }

    @Test
    void writeThenRead_reproducesTheSameContent() {
        ExchangeDocument original = ExchangeReader.read(withAuthority()
                .practice("p1", p -> p.title("T")
                        .country("SE")
                        .ictCategories("DATABASES")
                        .source(s -> s.type("QUESTIONNAIRE_RESPONSE").year(2023))
                        .answer("1", a -> a.choice("YES").options("Email", "Databases")))
                .toJson());

        ExchangeDocument again =
                ExchangeReader.read(ExchangeWriter.write(original).toString());

        // The same content; which members were given differs (the writer writes every one, defaults included).
        assertThat(contents(again)).isEqualTo(contents(original));
        assertThat(List.of(again.size())).containsExactly(2);
    }

    @Test
    void personalDetailsVisibility_defaultsToPublic_isReadAndWrittenBack() {
        ExchangeDocument original = ExchangeReader.read(withAuthority()
                .contact("c1-open", c -> c.authority("se-npa").role("Desk").personName("A Person"))
                .contact("c2-closed", c -> c.authority("se-npa")
                        .role("Desk")
                        .personName("B Person")
                        .phone("+46 70 174 06 42")
                        .personalDetailsVisibility("MEMBERS"))
                .toJson());

        assertThat(original.contacts())
                .extracting(c -> c.content().personalDetailsVisibility())
                .containsExactly(Visibility.PUBLIC, Visibility.MEMBERS);
        assertThat(contents(ExchangeReader.read(ExchangeWriter.write(original).toString())))
                .isEqualTo(contents(original));
        assertThat(original.contacts().get(1).content().withoutPersonalDetails())
                .satisfies(c -> {
                    assertThat(c.personName()).isNull();
                    assertThat(c.phone()).isNull();
                    assertThat(c.role()).isEqualTo("Desk");
                    assertThat(c.personalDetailsVisibility()).isEqualTo(Visibility.MEMBERS);
                });
    }

    @Test
    void personalDetailsVisibility_refusesUnknownLevels() {
        String document = withAuthority()
                .contact("c1", c -> c.authority("se-npa").role("Desk").personalDetailsVisibility("FRIENDS"))
                .toJson();

        assertThatThrownBy(() -> ExchangeReader.read(document)).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void read_recordsWhichMembersARecordGave_soAnImportCanKeepTheRest() {
        ExchangeDocument document = ExchangeReader.read(ExchangeJson.document()
                .resource(
                        "tool",
                        r -> r.name("Tool").kind("TOOL").description(null).visibility(""))
                .toJson());

        Keyed<?> tool = document.resources().get(0);
        assertThat(tool.given()).containsExactlyInAnyOrder("key", "name", "kind", "description");
        assertThat(tool.gives("description")).as("null clears").isTrue();
        assertThat(tool.gives("visibility"))
                .as("an empty level is no level: left out")
                .isFalse();
        assertThat(tool.gives("url")).isFalse();
    }

    private static List<List<?>> contents(ExchangeDocument document) {
        return List.of(
                document.authorities().stream().map(Keyed::content).toList(),
                document.contacts().stream().map(Keyed::content).toList(),
                document.resources().stream().map(Keyed::content).toList(),
                document.practices().stream().map(Keyed::content).toList());
    }
}
