package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.EditorPage;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;
import org.liaisonhub.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Country procedure sheets as the fifth kind of entry, in headless Chromium as an editor meets them: created through
 * the editor form (unreadable channels and dates refused by field, the input kept), moved through the workflow, found
 * by the one search box once published and only by those who may see it, and their history with who changed what.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
class ProcedureSheetEditingIT {

    /** Countries the demo data and the other tests give sheets to: a new sheet for JIT requests avoids them. */
    private static final Set<String> TAKEN = Set.of("SE", "BR", "FR", "DE");

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api editorApi;
    Api anonymous;
    Api member;
    String word;
    String country;

    @BeforeEach
    void setUp() {
        editorApi = new Api(base).as(DemoAccounts.EDITOR);
        anonymous = new Api(base);
        member = new Api(base).as(DemoAccounts.MEMBER);
        word = "ps" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> free = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .filter(c -> !TAKEN.contains(c))
                .toList();
        country = free.get(ThreadLocalRandom.current().nextInt(free.size()));
        String authority = ExchangeJson.document()
                .authority(word + "-auth", a -> a.name("Central authority " + country)
                        .country(country)
                        .kind("MINISTRY")
                        .competences("JIT"))
                .toJson();
        assertThat(editorApi.postJson("api/import", authority).status()).isEqualTo(200);
    }

    @Test
    void anEditorCreatesASheet_fixesWhatWasRefused_publishesIt_andReadersFindIt() {
        String key = word + "-jit";
        try (Browser browser = Browser.open()) {
            SignIn.as(browser, base, DemoAccounts.EDITOR);
            WebDriver driver = browser.driver();
            driver.get(base + "editorial/edit.xhtml?type=procedure");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:save")));
            EditorPage.type(driver, "key", key);
            EditorPage.type(driver, "country", country.toLowerCase(Locale.ROOT));
            new Select(driver.findElement(By.id("edit:request"))).selectByValue("JIT");
            EditorPage.type(driver, "authority", word + "-auth");
            EditorPage.type(driver, "channels", "carrier pigeon: weekly\nSIENA: through the national unit");
            EditorPage.type(driver, "languages", "en, fr");
            EditorPage.type(driver, "languageNote", "Translations into " + word + " are welcome");
            new Select(driver.findElement(By.id("edit:encryptionRequired"))).selectByValue("true");
            EditorPage.type(driver, "lastVerified", "yesterday");
            EditorPage.save(browser);

            assertThat(EditorPage.text(driver, "edit:channels-msg")).contains("'carrier pigeon' is not a channel");
            assertThat(EditorPage.text(driver, "edit:lastVerified-msg")).contains("'yesterday' is not a date");
            assertThat(driver.findElement(By.id("edit:languageNote")).getAttribute("value"))
                    .as("input kept")
                    .contains(word);
            assertThat(editorApi.get("api/editorial/procedure/" + key).status())
                    .as("nothing saved")
                    .isEqualTo(404);

            EditorPage.type(driver, "channels", "SIENA: through the national unit\nemail");
            EditorPage.type(driver, "lastVerified", "2026-11-30");
            EditorPage.save(browser);
            assertThat(EditorPage.text(driver, "edit-status")).isEqualTo("Draft");
            assertThat(anonymous.search(word).json().getInt("total"))
                    .as("a draft")
                    .isZero();

            EditorPage.click(browser, "move-IN_REVIEW");
            EditorPage.click(browser, "move-PUBLISHED");
            assertThat(EditorPage.text(driver, "edit-status")).isEqualTo("Published");

            readersFindThePublishedSheet(key);

            // Archived, it leaves the readers' search again (and the relevance suite's demo data unchanged).
            EditorPage.click(browser, "move-ARCHIVED");
            assertThat(EditorPage.text(driver, "edit-status")).isEqualTo("Archived");
            assertThat(anonymous.search(word).json().getInt("total")).isZero();
        }
    }

    private void readersFindThePublishedSheet(String key) {
        JsonObject found = anonymous.search(word, "type=procedure").json();
        assertThat(found.getInt("total")).isEqualTo(1);
        JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("type")).isEqualTo("procedure");
        assertThat(hit.getString("key")).isEqualTo(key);
        assertThat(hit.getString("title"))
                .isEqualTo(
                        new Locale("", country).getDisplayCountry(Locale.ENGLISH) + ": Joint investigation team (JIT)");
        assertThat(anonymous.get("api/procedures/" + key).json().getJsonArray("channels"))
                .extracting(c -> c.asJsonObject().getString("type"))
                .containsExactly("SIENA", "EMAIL");

        List<JsonObject> history =
                editorApi.get("api/history/procedure/" + key).jsonArray().getValuesAs(JsonObject.class);
        assertThat(history).hasSize(3);
        assertThat(history.get(0).getString("who")).isEqualTo(DemoAccounts.EDITOR.user());
        assertThat(history.get(0).getJsonArray("changes").toString()).contains("PUBLISHED");
        assertThat(history.get(2).getBoolean("created")).isTrue();
    }

    @Test
    void aSheetMadeMembersOnly_leavesTheAnonymousSearch_butMembersStillFindIt() {
        String key = word + "-members";
        String sheet = ExchangeJson.document()
                .version(2)
                .set(
                        "procedures",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("key", key)
                                        .add("country", country)
                                        .add("request", "EXTRADITION")
                                        .add("authority", word + "-auth")
                                        .add("languageNote", "Translations into " + word))
                                .build())
                .toJson();
        assertThat(editorApi.postJson("api/import", sheet).status()).isEqualTo(200);
        assertThat(anonymous.search(word).json().getInt("total")).isEqualTo(1);

        try (Browser browser = Browser.open()) {
            SignIn.as(browser, base, DemoAccounts.EDITOR);
            browser.driver().get(base + "editorial/edit.xhtml?type=procedure&key=" + key);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:save")));
            new Select(browser.driver().findElement(By.id("edit:visibility"))).selectByValue("MEMBERS");
            EditorPage.save(browser);
            assertThat(EditorPage.text(browser.driver(), "edit:messages")).contains("Saved");
        }

        JsonObject forAnonymous = anonymous.search(word).json();
        assertThat(forAnonymous.getInt("total")).isZero();
        assertThat(forAnonymous.toString()).doesNotContain(key);
        assertThat(member.search(word).json().getInt("total")).isEqualTo(1);
        assertThat(anonymous.get("api/procedures/" + key).status()).isEqualTo(404);
    }
}
