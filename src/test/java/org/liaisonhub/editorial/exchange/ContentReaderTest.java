package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.SourceType;
import org.liaisonhub.resources.domain.Access;
import org.liaisonhub.resources.domain.ResourceContent;

class ContentReaderTest {

    private final List<Problem> problems = new ArrayList<>();

    private FieldReader record(String section, String json) {
        return new FieldReader(
                section, "k1", Json.createReader(new StringReader(json)).readObject(), problems);
    }

    @Test
    void authority_readsEveryMember_leavingTheJudgingToTheRules() {
        AuthorityContent a = ContentReader.authority(record("authorities", """
                {"key": "k1", "name": " Polisen ", "country": "XX", "kind": "POLICE", "website": "ftp://x",
                 "networks": ["EJN", "ejn"], "competences": ["EIO"], "visibility": "MEMBERS"}"""));

        assertThat(problems).as("an unknown country is for the rules").isEmpty();
        assertThat(a.name()).isEqualTo("Polisen");
        assertThat(a.country()).isEqualTo("XX");
        assertThat(a.website()).isEqualTo("ftp://x");
        assertThat(a.networks()).containsExactly("EJN");
        assertThat(a.visibility()).isEqualTo(Visibility.MEMBERS);
    }

    @Test
    void contact_readsPhonesAsE164_andKeepsWhatCannotBeRead() {
        ContactContent c = ContentReader.contact(record("contacts", """
                {"authority": "se-npa", "role": "Desk", "phone": "+46 10-562 50 00", "languages": ["sv", "xx"],
                 "channels": [{"type": "SIENA", "address": "desk"}, {"type": "SIENA", "address": "desk"}]}"""));
        ContactContent national = ContentReader.contact(record("contacts", """
                {"authority": "se-npa", "role": "Desk", "phone": "010-562 50 00"}"""));

        assertThat(c.phone()).isEqualTo("+46105625000");
        assertThat(c.languages()).containsExactlyInAnyOrder("sv", "xx");
        assertThat(c.channels()).as("duplicates dropped").singleElement().satisfies(ch -> assertThat(ch.getType())
                .isEqualTo(ChannelType.SIENA));
        assertThat(national.phone()).as("a document names no region").isEqualTo("010-562 50 00");
        assertThat(problems).isEmpty();
    }

    @Test
    void contact_refusesAMalformedAuthorityKey_andIncompleteChannels() {
        ContentReader.contact(record("contacts", """
                {"authority": "Not A Key", "role": "Desk", "channels": [{"type": "SIENA"}, "desk", {"address": "a",
                 "type": "PIGEON", "note": 1}]}"""));

        assertThat(problems)
                .extracting(Problem::field)
                .containsExactly(
                        "authority", "channels[0].address", "channels[1]", "channels[2].note", "channels[2].type");
    }

    @Test
    void resource_readsEveryMember() {
        ResourceContent r = ContentReader.resource(record("resources", """
                {"name": "SIENA", "kind": "SECURE_CHANNEL", "access": "REGISTRATION", "ictCategories": ["DATABASES"]}
                """));

        assertThat(r.kind().name()).isEqualTo("SECURE_CHANNEL");
        assertThat(r.access()).isEqualTo(Access.REGISTRATION);
        assertThat(problems).isEmpty();
    }

    @Test
    void practice_readsSourceAndAnswers_refusingBadAndRepeatedQuestionNumbers() {
        PracticeContent p = ContentReader.practice(record("practices", """
                {"title": "T", "country": "SE", "source": {"type": "QUESTIONNAIRE_RESPONSE", "year": 2023},
                 "answers": [{"question": "2", "answer": "EJN"}, {"question": "1", "choice": "YES"},
                             {"question": "2", "answer": "again"}, {"question": "Q3", "choice": "MAYBE"}]}"""));

        assertThat(p.source().type()).isEqualTo(SourceType.QUESTIONNAIRE_RESPONSE);
        assertThat(p.answers()).extracting(a -> a.getQuestion()).containsExactly("1", "2");
        assertThat(problems)
                .extracting(Problem::field, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "answers[2].question", "question 2 is answered more than once"),
                        org.assertj.core.groups.Tuple.tuple(
                                "answers[3].question", "'Q3' is not a question number such as 1, 1a or 8b"),
                        org.assertj.core.groups.Tuple.tuple(
                                "answers[3].choice", "unknown value 'MAYBE'; allowed: YES, NO"));
    }

    @Test
    void practice_refusesASourceWithoutItsType() {
        ContentReader.practice(
                record("practices", "{\"title\": \"T\", \"country\": \"SE\", \"source\": {\"year\": 2023}}"));

        assertThat(problems)
                .extracting(Problem::field, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("source.type", "is required"));
    }

    @Test
    void unknownMembers_areRefusedByName() {
        ContentReader.resource(record("resources", "{\"name\": \"X\", \"kind\": \"TOOL\", \"colour\": \"red\"}"));

        assertThat(problems).singleElement().extracting(Problem::field).isEqualTo("colour");
    }
}
