package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Api.Reply;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * The export and the insights and compare pages are built once per viewer level and content generation, not per
 * call: every write must show at once, and a cached result must never reach a viewer of another level. Each test
 * first warms the cache, then writes, then reads again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CachedResultsIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api anonymous;
    Api member;
    Api editor;
    String word;

    @BeforeEach
    void setUp() {
        anonymous = new Api(base);
        member = anonymous.as(DemoAccounts.MEMBER);
        editor = anonymous.as(DemoAccounts.EDITOR);
        word = "cache" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void importPractice(String title, String visibility) {
        Reply reply = editor.postJson(
                "api/import",
                ExchangeJson.document()
                        .practice(word + "-practice", p -> p.title(title)
                                .country("MT")
                                .visibility(visibility)
                                .ictCategories("VIDEOCONFERENCE")
                                .source(s -> s.type("QUESTIONNAIRE_RESPONSE").year(2100))
                                .answer("2", "We use " + word + " daily."))
                        .toJson());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void exportAfterAnImportAndAnEdit_showsBothAtOnce() {
        assertThat(anonymous.get("api/export").body()).doesNotContain(word);

        importPractice("Practice " + word, "PUBLIC");
        assertThat(anonymous.get("api/export").body()).contains("\"title\":\"Practice " + word + "\"");

        importPractice("Renamed " + word, "PUBLIC");
        String export = anonymous.get("api/export").body();
        assertThat(export).contains("\"title\":\"Renamed " + word + "\"").doesNotContain("Practice " + word);
    }

    @Test
    void membersOnlyEntry_neverReachesTheAnonymousExport_whoeverAskedFirst() {
        importPractice("Members " + word, "MEMBERS");

        assertThat(anonymous.get("api/export").body()).doesNotContain(word);
        assertThat(member.get("api/export").body()).contains(word);
        assertThat(anonymous.get("api/export").body())
                .as("after a member's export")
                .doesNotContain(word);
        assertThat(editor.get("api/export").body()).contains(word);
    }

    @Test
    void insightsAndComparePages_showANewPracticeAtOnce() {
        word = "zz" + word; // the greatest key among this class's practices of 2100: compare shows it for MT
        assertThat(anonymous.get("practices/insights.xhtml?country=MT").body()).doesNotContain(word);

        importPractice("Insight " + word, "PUBLIC");

        assertThat(anonymous.get("practices/insights.xhtml?country=MT").body()).contains("Insight " + word);
        // Compare shows each country's newest response (year, then key): this one.
        assertThat(anonymous
                        .get("practices/compare.xhtml?country=MT&country=SE")
                        .body())
                .contains("We use " + word + " daily.");
    }

    @Test
    void membersOnlyPractice_neverReachesTheAnonymousInsights_whoeverAskedFirst() {
        importPractice("Hidden " + word, "MEMBERS");

        assertThat(member.get("practices/insights.xhtml?country=MT").body()).contains("Hidden " + word);
        assertThat(anonymous.get("practices/insights.xhtml?country=MT").body()).doesNotContain(word);
    }
}
