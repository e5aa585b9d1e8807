package org.liaisonhub.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.liaisonhub.testing.SignIn;
import org.openqa.selenium.By;

/** CSV export of a search over HTTP: editors only, every hit (beyond one page), Excel-ready, injection-safe. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchExportApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    private static List<CSVRecord> records(String body) throws IOException {
        assertThat(body).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.substring(1)))) {
            return parser.getRecords();
        }
    }

    @Test
    void editor_exportsEveryHitOfABrowse_notJustOnePage() throws IOException {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        long total =
                editor.get("api/search?size=5").json().getJsonNumber("total").longValue();

        Api.Reply csv = editor.get("api/search.csv?size=5");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        assertThat(total).as("the demo data has more than a page of 100").isGreaterThan(100);
        assertThat(records(csv.body())).hasSize((int) total);
    }

    @Test
    void export_takesTheSearchParameters_andLinksEachEntry() throws IOException {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        long total = editor.search("EIO", "type=contact", "country=SE")
                .json()
                .getJsonNumber("total")
                .longValue();

        List<CSVRecord> rows = records(
                editor.get("api/search.csv?q=EIO&type=contact&country=SE").body());

        assertThat(rows).hasSize((int) total).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("type")).isEqualTo("contact");
            assertThat(r.get("country")).isEqualTo("SE");
            assertThat(r.get("url"))
                    .startsWith(base.toString().replaceAll("/$", ""))
                    .contains("/directory/contact.xhtml?key=");
        });
        assertThat(rows).extracting(r -> r.get("key")).contains("se-rmk-eio-mla");
    }

    @Test
    void editorsSeeRestrictedEntriesInTheExport_visibilityApplies() throws IOException {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        Api admin = new Api(base).as(DemoAccounts.ADMIN);

        long editorTotal =
                editor.get("api/search").json().getJsonNumber("total").longValue();
        long anonymousTotal =
                new Api(base).get("api/search").json().getJsonNumber("total").longValue();

        assertThat(records(editor.get("api/search.csv").body())).hasSize((int) editorTotal);
        assertThat(editorTotal).isGreaterThan(anonymousTotal);
        assertThat(admin.get("api/search.csv?type=practice").status()).isEqualTo(200);
    }

    @Test
    void anonymousAndMembers_areRefused_badParameters_answer400() {
        assertThat(new Api(base).get("api/search.csv").status()).isEqualTo(401);
        assertThat(new Api(base).as(DemoAccounts.MEMBER).get("api/search.csv").status())
                .isEqualTo(403);

        Api.Reply bad = new Api(base).as(DemoAccounts.EDITOR).get("api/search.csv?country=XX");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("message")).contains("XX");
    }

    @Test
    void resultsPage_offersTheExportToEditorsOnly_forTheSameSearch() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(base + "search.xhtml?q=EIO&type=contact");
            assertThat(browser.driver().findElements(By.id("export-csv")))
                    .as("anonymous")
                    .isEmpty();

            SignIn.as(browser, base, DemoAccounts.EDITOR);
            browser.driver().get(base + "search.xhtml?q=EIO&type=contact");
            String href = browser.driver().findElement(By.id("export-csv")).getAttribute("href");
            assertThat(href).contains("/api/search.csv?").contains("q=EIO").contains("type=contact");
        }
    }
}
