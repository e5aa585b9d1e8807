package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.ChannelType;

class ExchangeReaderTest {

    private static final String AUTHORITY = """
            {"key": "se-npa", "name": "Swedish Prosecution Authority", "localName": "Åklagarmyndigheten",
             "country": "SE", "kind": "PROSECUTION", "networks": ["GlobE", "globe", "EJN"],
             "competences": ["EIO", "MLA", "EIO"]}""";

    @Test
    void read_acceptsAValidDocumentAndNormalisesValues() {
        ExchangeDocument document = ExchangeReader.read("""
                {"format": "liaison-exchange", "version": 1, "authorities": [%s],
                 "contacts": [{"key": "se-npa-eio", "authority": "se-npa", "role": " Duty prosecutor, EIO ",
                   "email": "eio@aklagare.example.org", "phone": "+46 10-562 50 00", "languages": ["sv", "en"],
                   "channels": [{"type": "GLOBE_THREEMA", "address": "ABCD1234"}], "visibility": "MEMBERS",
                   "lastVerified": "2026-01-10"}]}""".formatted(AUTHORITY));

        assertThat(document.authorities()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("se-npa");
            assertThat(a.content().networks()).as("network names are a set, ignoring case").hasSize(2);
            assertThat(a.content().competences()).containsExactlyInAnyOrder(Competence.EIO, Competence.MLA);
            assertThat(a.content().visibility()).isEqualTo(Visibility.PUBLIC);
        });
        assertThat(document.contacts()).singleElement().satisfies(c -> {
            assertThat(c.content().role()).isEqualTo("Duty prosecutor, EIO");
            assertThat(c.content().phone()).as("stored in E.164").isEqualTo("+46105625000");
            assertThat(c.content().channels()).singleElement()
                    .satisfies(ch -> assertThat(ch.getType()).isEqualTo(ChannelType.GLOBE_THREEMA));
            assertThat(c.content().visibility()).isEqualTo(Visibility.MEMBERS);
        });
    }

    @Test
    void read_listsEveryProblemWithSectionKeyAndField() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read("""
                {"authorities": [{"key": "x1", "country": "XX", "kind": "WIZARDS"}],
                 "contacts": [{"key": "c1", "authority": "x1", "role": "Desk", "email": "not-an-email",
                   "phone": "12345", "languages": ["english"], "lastVerified": "2026-13-01"}],
                 "resources": [{"key": "r1", "name": "Tool", "kind": "TOOL", "url": "ftp://example.org"}]}"""));

        assertThat(e.error()).isEqualTo("invalid-document");
        assertThat(e.problems()).extracting(Problem::section, Problem::key, Problem::field).contains(
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
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read(
                "{\"authorities\": [{\"key\": \"a1\", \"name\": 42, \"country\": \"SE\", \"kind\": \"NINJA\"}]}"));

        assertThat(e.problems()).extracting(Problem::field).containsExactly("name", "kind");
        assertThat(e.problems().get(0).message()).isEqualTo("must be a string");
    }

    @Test
    void read_judgesValuesByTheContentRules() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read("""
                {"contacts": [{"key": "c1", "authority": "se-npa", "email": "mla(at)example",
                  "phone": "+46 123", "networks": ["%s"]}]}""".formatted("n".repeat(201))));

        assertThat(e.problems()).extracting(Problem::field, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("role", "is required"),
                org.assertj.core.groups.Tuple.tuple("email", "'mla(at)example' is not a valid e-mail address"),
                org.assertj.core.groups.Tuple.tuple("phone", "'+46 123' is not a possible phone number for its country code"),
                org.assertj.core.groups.Tuple.tuple("networks", "is longer than 200 characters"));
    }

    @Test
    void read_namesTheAllowedValuesOfAnUnknownEnum() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read(
                "{\"authorities\": [{\"key\": \"a1\", \"name\": \"A\", \"country\": \"SE\", \"kind\": \"NINJA\"}]}"));

        assertThat(e.problems()).singleElement().extracting(Problem::message).asString()
                .contains("NINJA").contains("PROSECUTION").contains("CENTRAL_AUTHORITY");
    }

    @Test
    void read_refusesMalformedJsonWithItsPosition() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> ExchangeReader.read("{\"authorities\": [\n  {\"key\": \"a\",,}]}"));

        assertThat(e.error()).isEqualTo("malformed-json");
        assertThat(e.getMessage()).contains("line 2");
    }

    @Test
    void read_refusesAJsonArrayOrScalarAsTheDocument() {
        assertThatThrownBy(() -> ExchangeReader.read("[]")).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> ExchangeReader.read("42")).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void read_refusesUnknownMembersSoATypoNeverImportsNothingSilently() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> ExchangeReader.read("{\"contact\": []}"));

        assertThat(e.problems()).singleElement().extracting(Problem::field).isEqualTo("contact");
    }

    @Test
    void read_refusesDuplicateAndMalformedKeys() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read("""
                {"resources": [{"key": "r1", "name": "A", "kind": "TOOL"}, {"key": "r1", "name": "B", "kind": "TOOL"},
                               {"key": "Bad Key!", "name": "C", "kind": "TOOL"}, {"name": "D", "kind": "TOOL"}]}"""));

        assertThat(e.problems()).extracting(Problem::message).hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("more than once"))
                .anySatisfy(m -> assertThat(m).contains("lower-case"))
                .anySatisfy(m -> assertThat(m).contains("required"));
    }

    @Test
    void read_keepsAnyUnicodeInTextFields() {
        ExchangeDocument document = ExchangeReader.read("""
                {"authorities": [{"key": "cn-spp", "name": "Supreme People's Procuratorate",
                  "localName": "最高人民检察院", "country": "CN", "kind": "PROSECUTION",
                  "description": "مكتب 🙂 Ωμέγα"}]}""");

        assertThat(document.authorities().get(0).content().localName()).isEqualTo("最高人民检察院");
    }

    @Test
    void read_refusesControlCharactersInText() {
        assertThatThrownBy(() -> ExchangeReader.read("""
                {"authorities": [{"key": "a1", "name": "A\\u0007", "country": "SE", "kind": "OTHER"}]}"""))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("1 problem");
    }

    @Test
    void read_ordersAnswersByQuestionNumberAndRefusesBadNumbers() {
        ExchangeDocument document = ExchangeReader.read("""
                {"practices": [{"key": "p1", "title": "Answer", "country": "SE", "answers": [
                  {"question": "8a", "answer": "hub"}, {"question": "2", "answer": "EJN"},
                  {"question": "10", "answer": "x"}, {"question": "1a", "options": ["Email"]},
                  {"question": "1", "choice": "YES"}]}]}""");

        assertThat(document.practices().get(0).content().answers())
                .extracting(a -> a.getQuestion()).containsExactly("1", "1a", "2", "8a", "10");

        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> ExchangeReader.read("""
                {"practices": [{"key": "p1", "title": "Answer", "country": "SE", "answers": [
                  {"question": "Q2", "answer": "x"}, {"question": "3", "choice": "MAYBE"}]}]}"""));
        assertThat(e.problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("answers[0].question", "answers[1].choice");
    }

    @Test
    void writeThenRead_reproducesTheSameContent() {
        ExchangeDocument original = ExchangeReader.read("""
                {"authorities": [%s],
                 "practices": [{"key": "p1", "title": "T", "country": "SE", "ictCategories": ["DATABASES"],
                   "source": {"type": "QUESTIONNAIRE_RESPONSE", "year": 2023},
                   "answers": [{"question": "1", "choice": "YES", "options": ["Email", "Databases"]}]}]}"""
                .formatted(AUTHORITY));

        ExchangeDocument again = ExchangeReader.read(ExchangeWriter.write(original).toString());

        // The same content; which members were given differs (the writer writes every one, defaults included).
        assertThat(contents(again)).isEqualTo(contents(original));
        assertThat(List.of(again.size())).containsExactly(2);
    }

    @Test
    void personalDetailsVisibility_defaultsToPublic_isReadAndWrittenBack() {
        ExchangeDocument original = ExchangeReader.read("""
                {"authorities": [%s],
                 "contacts": [{"key": "c1-open", "authority": "se-npa", "role": "Desk", "personName": "A Person"},
                   {"key": "c2-closed", "authority": "se-npa", "role": "Desk", "personName": "B Person",
                    "phone": "+46 70 174 06 42", "personalDetailsVisibility": "MEMBERS"}]}"""
                .formatted(AUTHORITY));

        assertThat(original.contacts()).extracting(c -> c.content().personalDetailsVisibility())
                .containsExactly(Visibility.PUBLIC, Visibility.MEMBERS);
        assertThat(contents(ExchangeReader.read(ExchangeWriter.write(original).toString()))).isEqualTo(contents(original));
        assertThat(original.contacts().get(1).content().withoutPersonalDetails()).satisfies(c -> {
            assertThat(c.personName()).isNull();
            assertThat(c.phone()).isNull();
            assertThat(c.role()).isEqualTo("Desk");
            assertThat(c.personalDetailsVisibility()).isEqualTo(Visibility.MEMBERS);
        });
    }

    @Test
    void personalDetailsVisibility_refusesUnknownLevels() {
        assertThatThrownBy(() -> ExchangeReader.read("""
                {"authorities": [%s], "contacts": [{"key": "c1", "authority": "se-npa", "role": "Desk",
                  "personalDetailsVisibility": "FRIENDS"}]}""".formatted(AUTHORITY)))
                .isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void read_recordsWhichMembersARecordGave_soAnImportCanKeepTheRest() {
        ExchangeDocument document = ExchangeReader.read("""
                {"resources": [{"key": "tool", "name": "Tool", "kind": "TOOL", "description": null,
                                "visibility": ""}]}""");

        Keyed<?> tool = document.resources().get(0);
        assertThat(tool.given()).containsExactlyInAnyOrder("key", "name", "kind", "description");
        assertThat(tool.gives("description")).as("null clears").isTrue();
        assertThat(tool.gives("visibility")).as("an empty level is no level: left out").isFalse();
        assertThat(tool.gives("url")).isFalse();
    }

    private static List<List<?>> contents(ExchangeDocument document) {
        return List.of(document.authorities().stream().map(Keyed::content).toList(),
                document.contacts().stream().map(Keyed::content).toList(),
                document.resources().stream().map(Keyed::content).toList(),
                document.practices().stream().map(Keyed::content).toList());
    }
}
