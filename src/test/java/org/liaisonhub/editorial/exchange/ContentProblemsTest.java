package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.Channel;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;
import org.liaisonhub.practices.domain.SourceType;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

/** The rules on the content records, as the import and the forms report them. */
class ContentProblemsTest {

    @Test
    void aContact_isJudgedFieldByField_withTheFormsNames() {
        ContactContent contact = new ContactContent(
                null,
                "Desk",
                "x".repeat(201),
                "desk@",
                "12 x",
                Set.of("english"),
                List.of(new Channel(ChannelType.SIENA, "y".repeat(501))),
                Set.of(),
                Set.of("z".repeat(201)),
                Visibility.PUBLIC,
                null,
                null);

        assertThat(ContentProblems.of("contacts", "c1", contact))
                .extracting(Problem::field)
                .containsExactly(
                        "authority", "personName", "email", "phone", "languages", "channels[0].address", "networks");
        assertThat(ContentProblems.of("contacts", "c1", contact)).allSatisfy(p -> {
            assertThat(p.section()).isEqualTo("contacts");
            assertThat(p.key()).isEqualTo("c1");
        });
    }

    @Test
    void anAuthority_needsNameCountryAndKind() {
        AuthorityContent authority =
                new AuthorityContent(null, null, null, null, "ftp://x.org", null, Set.of(), Set.of(), null);

        assertThat(ContentProblems.of("authority", "a1", authority))
                .extracting(Problem::field, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "is required"),
                        org.assertj.core.groups.Tuple.tuple("country", "is required"),
                        org.assertj.core.groups.Tuple.tuple("kind", "is required"),
                        org.assertj.core.groups.Tuple.tuple("website", "'ftp://x.org' is not a valid http(s) address"));
    }

    @Test
    void aResource_countsItsLimitsAsStored() {
        ResourceContent resource =
                new ResourceContent("Tool", "A".repeat(51), ResourceKind.TOOL, null, null, null, null, Set.of(), null);

        assertThat(ContentProblems.of("resources", "r1", resource))
                .containsExactly(new Problem("resources", "r1", "acronym", "is longer than 50 characters"));
    }

    @Test
    void aPractice_isJudgedIntoItsSourceAndAnswers() {
        PracticeContent practice = new PracticeContent(
                "T",
                "SE",
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                new PracticeSource(SourceType.QUESTIONNAIRE_RESPONSE, "q".repeat(301), null, 2023),
                List.of(new PracticeAnswer("1", null, "ok", null, List.of("o".repeat(301)))));

        assertThat(ContentProblems.of("practices", "p1", practice))
                .extracting(Problem::field)
                .containsExactly("source.questionnaire", "answers[0].options[0]");
    }

    @Test
    void oneComponent_canBeJudgedAlone() {
        AuthorityContent authority =
                new AuthorityContent(null, null, "XX", null, null, "d".repeat(20_001), Set.of(), Set.of(), null);

        assertThat(ContentProblems.of("authorities", "a1", authority, "description"))
                .containsExactly(new Problem("authorities", "a1", "description", "is longer than 20000 characters"));
    }

    @Test
    void besides_dropsWhatRepeatsAFieldAlreadyRefused() {
        List<Problem> read = List.of(new Problem("authorities", "a1", "kind", "unknown value 'NINJA'"));
        List<Problem> rules = List.of(
                new Problem("authorities", "a1", "kind", "is required"),
                new Problem("authorities", "a1", "name", "is required"));

        assertThat(ContentProblems.besides(read, rules))
                .extracting(Problem::field)
                .containsExactly("name");
    }
}
