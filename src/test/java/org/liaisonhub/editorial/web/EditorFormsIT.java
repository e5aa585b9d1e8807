package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The editor forms in headless Chromium: validation messages and E.164 storage, the workflow buttons, two
 * editors saving the same entry (the second is refused and sees the first change), and script payloads typed
 * into every text field staying inert on the detail pages, the search results and the form itself.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
class EditorFormsIT {

    private static final String XSS = "<script>window.__xss=1</script><img src=x onerror=window.__xss=1>";

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api editorApi;
    Api anonymous;
    String word;

    @BeforeEach
    void setUp() {
        editorApi = new Api(base).as(DemoAccounts.EDITOR);
        anonymous = new Api(base);
        word = "ef" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(editorApi.postJson("api/import", document(word).toJson()).status())
                .isEqualTo(200);
    }

    /** The resource of this key, renamed by an import. */
    private static String renamed(String key, String name) {
        return ExchangeJson.document()
                .resource(key, r -> r.name(name).kind("TOOL"))
                .toJson();
    }

    /** One entry of each kind, all found by the word. */
    private static ExchangeJson document(String word) {
        return ExchangeJson.document()
                .authority(word + "-auth", a -> a.name("Authority " + word)
                        .country("SE")
                        .kind("PROSECUTION")
                        .competences("MLA")
                        .description("Plain " + word))
                .contact(word + "-desk", c -> c.authority(word + "-auth")
                        .role("Desk " + word)
                        .email("desk@example.org")
                        .languages("en"))
                .resource(
                        word + "-tool", r -> r.name("Tool " + word).kind("TOOL").access("OPEN"))
                .practice(
                        word + "-practice",
                        p -> p.title("Practice " + word).country("SE").answer("2", "We use " + word + " daily."));
    }

    private Browser signedInEditor() {
        Browser browser = Browser.open();
        WebDriver driver = browser.driver();
        driver.get(base + "login.xhtml?next=/editorial/index.xhtml");
        try {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        } catch (RuntimeException e) {
            browser.screenshot("editor-forms-sign-in");
            String page = driver.getPageSource();
            throw new AssertionError(
                    "no sign-in form at " + driver.getCurrentUrl() + " (base " + base + "): "
                            + page.substring(0, Math.min(page.length(), 3000)),
                    e);
        }
        driver.findElement(By.id("username")).sendKeys(DemoAccounts.EDITOR.user());
        driver.findElement(By.id("password")).sendKeys(DemoAccounts.EDITOR.password());
        driver.findElement(By.id("signin-button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        return browser;
    }

    private void openEditor(Browser browser, String type, String key) {
        browser.driver().get(base + "editorial/edit.xhtml?type=" + type + "&key=" + key);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:save")));
    }

    @Test
    void contactForm_showsAMessageForABadEmailPhoneAndLanguage_andSavesNothing() {
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            openEditor(browser, "contact", word + "-desk");
            EditorPage.type(driver, "email", "not-an-address");
            EditorPage.type(driver, "phone", "12 x");
            EditorPage.type(driver, "languages", "en, english");

            EditorPage.save(browser);

            assertThat(EditorPage.text(driver, "edit:email-msg"))
                    .contains("not-an-address", "not a valid e-mail address");
            assertThat(EditorPage.text(driver, "edit:phone-msg")).contains("not a phone number");
            assertThat(EditorPage.text(driver, "edit:languages-msg")).contains("english", "ISO 639-1");
            assertThat(driver.findElement(By.id("edit:email")).getAttribute("value"))
                    .as("input kept")
                    .isEqualTo("not-an-address");
        }
        assertThat(editorApi.get("api/contacts/" + word + "-desk").json().getString("email"))
                .isEqualTo("desk@example.org");
    }

    /** Urgent requests (issue 17): 24/7, office hours and zone are edited on the form; bad values get a message. */
    @Test
    void contactForm_editsAvailability_refusesUnreadableHoursByField_andTheFinderShowsIt() {
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            openEditor(browser, "contact", word + "-desk");
            EditorPage.type(driver, "officeHours", "weekdays 9 to 5");
            EditorPage.type(driver, "timeZone", "Europe/Atlantis");

            EditorPage.save(browser);

            assertThat(EditorPage.text(driver, "edit:officeHours-msg")).contains("weekdays", "Mon-Fri 08:00-16:30");
            assertThat(EditorPage.text(driver, "edit:timeZone-msg")).contains("IANA time zone");

            EditorPage.type(driver, "officeHours", "Mon-Fri 08:00-16:30");
            EditorPage.type(driver, "timeZone", "Europe/Stockholm");
            driver.findElement(By.id("edit:aroundTheClock")).click();
            EditorPage.save(browser);

            assertThat(EditorPage.text(driver, "edit:messages")).contains("Saved");
            assertThat(driver.findElement(By.id("edit:aroundTheClock")).isSelected())
                    .isTrue();
        }
        var availability =
                editorApi.get("api/contacts/" + word + "-desk").json().getJsonObject("availability");
        assertThat(availability.getBoolean("aroundTheClock")).isTrue();
        assertThat(availability.getString("officeHours")).isEqualTo("Mon-Fri 08:00-16:30");
        assertThat(availability.getString("timeZone")).isEqualTo("Europe/Stockholm");
    }

    @Test
    void authorityForm_refusesAnUnknownCountryAndABadWebsite() {
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            openEditor(browser, "authority", word + "-auth");
            EditorPage.type(driver, "country", "XX");
            EditorPage.type(driver, "website", "javascript:alert(1)");

            EditorPage.save(browser);

            assertThat(EditorPage.text(driver, "edit:country-msg")).contains("XX", "ISO 3166-1");
            assertThat(EditorPage.text(driver, "edit:website-msg")).contains("not a valid http(s) address");
        }
        assertThat(editorApi.get("api/authorities/" + word + "-auth").json().getString("country"))
                .isEqualTo("SE");
    }

    @Test
    void aNationalPhoneNumber_isStoredInE164() {
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            openEditor(browser, "contact", word + "-desk");
            EditorPage.type(driver, "phone", "010-443 50 00");

            EditorPage.save(browser);

            assertThat(EditorPage.text(driver, "edit:messages")).contains("Saved");
            assertThat(driver.findElement(By.id("edit:phone")).getAttribute("value"))
                    .isEqualTo("+46104435000");
        }
        assertThat(editorApi.get("api/contacts/" + word + "-desk").json().getString("phone"))
                .isEqualTo("+46104435000");
    }

    @Test
    void anEditorCreatesADraft_submitsItForReview_andPublishesIt() {
        String key = word + "-new";
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            driver.get(base + "editorial/edit.xhtml?type=resource");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:save")));
            EditorPage.type(driver, "key", key);
            EditorPage.type(driver, "name", "Created " + word);
            EditorPage.type(driver, "url", "https://example.org/" + word);
            EditorPage.save(browser);
            assertThat(EditorPage.text(driver, "edit-status")).isEqualTo("Draft");
            assertThat(anonymous.get("api/resources/" + key).status())
                    .as("a draft")
                    .isEqualTo(404);

            EditorPage.click(browser, "move-IN_REVIEW");
            assertThat(EditorPage.text(driver, "edit-status")).isEqualTo("In review");
            EditorPage.click(browser, "move-PUBLISHED");
            assertThat(EditorPage.text(driver, "edit-status")).isEqualTo("Published");
        }
        assertThat(anonymous.get("api/resources/" + key).status()).isEqualTo(200);
    }

    @Test
    void twoEditorsSaveTheSameEntry_theSecondIsRefused_seesTheFirstChange_andKeepsItsInput() {
        try (Browser first = signedInEditor();
                Browser second = signedInEditor()) {
            openEditor(first, "authority", word + "-auth");
            openEditor(second, "authority", word + "-auth");

            EditorPage.type(first.driver(), "name", "Renamed by the first " + word);
            EditorPage.save(first);
            assertThat(EditorPage.text(first.driver(), "edit:messages")).contains("Saved");

            EditorPage.type(second.driver(), "website", "https://second.example.org/");
            EditorPage.save(second);

            WebDriver driver = second.driver();
            assertThat(EditorPage.text(driver, "edit:messages")).contains("Not saved", "Nothing was overwritten");
            assertThat(EditorPage.text(driver, "edit:conflict-who")).contains(DemoAccounts.EDITOR.user());
            assertThat(EditorPage.text(driver, "edit:conflict-changes"))
                    .contains("name", "Authority " + word, "Renamed by the first " + word);
            assertThat(driver.findElement(By.id("edit:website")).getAttribute("value"))
                    .isEqualTo("https://second.example.org/");
        }
        var stored = editorApi.get("api/authorities/" + word + "-auth").json();
        assertThat(stored.getString("name")).isEqualTo("Renamed by the first " + word);
        assertThat(stored.containsKey("website") && !stored.isNull("website") ? stored.getString("website") : null)
                .isNotEqualTo("https://second.example.org/");
    }

    @Test
    void scriptPayloadsInEveryTextField_renderInert_onDetailPagesSearchResultsAndTheForm() {
        Map<String, List<String>> textFields = Map.of(
                "authority", List.of("name", "localName", "description", "networks"),
                "contact", List.of("role", "personName", "networks"),
                "resource", List.of("name", "acronym", "description", "operator"),
                "practice", List.of("title", "summary", "body"));
        Map<String, String> keys = Map.of(
                "authority",
                word + "-auth",
                "contact",
                word + "-desk",
                "resource",
                word + "-tool",
                "practice",
                word + "-practice");
        Map<String, String> pages = Map.of(
                "authority",
                "directory/authority.xhtml",
                "contact",
                "directory/contact.xhtml",
                "resource",
                "resources/resource.xhtml",
                "practice",
                "practices/practice.xhtml");
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            for (var kind : textFields.entrySet()) {
                openEditor(browser, kind.getKey(), keys.get(kind.getKey()));
                for (String field : kind.getValue()) {
                    // An acronym holds 50 characters: the image payload alone fits.
                    EditorPage.type(
                            driver,
                            field,
                            field.equals("acronym")
                                    ? "<img src=x onerror=window.__xss=1>"
                                    : word + " " + field + " " + XSS);
                }
                if (kind.getKey().equals("contact")) {
                    EditorPage.type(driver, "email", XSS); // refused: the message quoting it must be inert too
                    EditorPage.save(browser);
                    assertInert(browser, "contact form with a refused e-mail");
                    assertThat(EditorPage.text(driver, "edit:email-msg")).contains("<img src=x");
                    EditorPage.type(driver, "email", "desk@example.org");
                }
                EditorPage.save(browser);
                assertThat(EditorPage.text(driver, "edit:messages"))
                        .as(kind.getKey())
                        .contains("Saved");
                assertInert(browser, kind.getKey() + " form after saving");

                driver.get(base + pages.get(kind.getKey()) + "?key=" + keys.get(kind.getKey()));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-title")));
                assertInert(browser, kind.getKey() + " detail page");
                assertThat(EditorPage.text(driver, "entry-title"))
                        .as("plain text fields show the payload as text")
                        .contains("<script>window.__xss=1</script>");
            }

            driver.get(base + "search.xhtml?q=" + word);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            assertInert(browser, "search results");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("<img src=x onerror");
        }
    }

    @Test
    void history_showsWhoChangedWhichField_andRestoringAnOldVersionWorks() {
        String key = word + "-tool";
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            openEditor(browser, "resource", key);
            EditorPage.type(driver, "name", "Renamed " + word);
            EditorPage.type(driver, "operator", "Operator " + word);
            EditorPage.save(browser);
            assertThat(EditorPage.text(driver, "edit:messages")).contains("Saved");

            driver.findElement(By.id("history-link")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("history-title")));
            List<WebElement> rows = driver.findElements(By.cssSelector("tr.revision"));
            assertThat(rows).hasSize(2);
            String newest = rows.get(0).getText();
            assertThat(rows.get(0).findElement(By.className("who")).getText()).isEqualTo(DemoAccounts.EDITOR.user());
            assertThat(newest)
                    .contains("name: Tool " + word + " → Renamed " + word)
                    .contains("operator: → Operator " + word);
            assertThat(rows.get(1).getText()).contains("created");

            WebElement restore = rows.get(1).findElement(By.className("restore"));
            restore.click();
            browser.waiting().until(ExpectedConditions.stalenessOf(restore));

            assertThat(EditorPage.text(driver, "history:messages")).contains("Restored");
            rows = driver.findElements(By.cssSelector("tr.revision"));
            assertThat(rows).as("restoring adds a revision").hasSize(3);
            assertThat(rows.get(0).getText()).contains("name: Renamed " + word + " → Tool " + word);
            assertThat(rows.get(0).findElement(By.className("who")).getText()).isEqualTo(DemoAccounts.EDITOR.user());
        }
        assertThat(anonymous.get("api/resources/" + key).json().getString("name"))
                .isEqualTo("Tool " + word);
        var history = editorApi.get("api/history/resource/" + key);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("\"who\":\"" + DemoAccounts.EDITOR.user() + "\"", "Renamed " + word);
        assertThat(new Api(base)
                        .as(DemoAccounts.MEMBER)
                        .get("api/history/resource/" + key)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void contactForm_refusesAPublicContactOfAMembersAuthority_namingBothLevels() {
        // Tightening the authority is allowed; its PUBLIC contact is then hidden wherever the authority is.
        assertThat(editorApi
                        .postJson(
                                "api/import",
                                ExchangeJson.document()
                                        .authority(word + "-auth", a -> a.name("Authority " + word)
                                                .country("SE")
                                                .kind("PROSECUTION")
                                                .competences("MLA")
                                                .description("Plain " + word)
                                                .visibility("MEMBERS"))
                                        .toJson())
                        .status())
                .isEqualTo(200);
        assertThat(anonymous.get("api/contacts/" + word + "-desk").status())
                .as("hidden with its authority")
                .isEqualTo(404);
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            openEditor(browser, "contact", word + "-desk");
            EditorPage.type(driver, "role", "Renamed desk " + word);

            EditorPage.save(browser);

            assertThat(EditorPage.text(driver, "edit:visibility-msg")).contains("PUBLIC", "MEMBERS", word + "-auth");
        }
        assertThat(editorApi.get("api/contacts/" + word + "-desk").json().getString("role"))
                .as("nothing saved")
                .isEqualTo("Desk " + word);
    }

    @Test
    void history_restoreAfterSomeoneElseSaved_showsTheConflictAndWritesNothing() {
        String key = word + "-tool";
        editorApi.postJson("api/import", renamed(key, "Second " + word));
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            driver.get(base + "editorial/history.xhtml?type=resource&key=" + key);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("history-title")));
            List<WebElement> rows = driver.findElements(By.cssSelector("tr.revision"));
            assertThat(rows).hasSize(2);

            // Another editor saves while this page is open.
            assertThat(new Api(base)
                            .as(DemoAccounts.ADMIN)
                            .postJson("api/import", renamed(key, "Third " + word))
                            .status())
                    .isEqualTo(200);
            WebElement restore = rows.get(1).findElement(By.className("restore"));
            restore.click();
            browser.waiting().until(ExpectedConditions.stalenessOf(restore));

            assertThat(EditorPage.text(driver, "history:messages"))
                    .contains("Not saved", "Saved by", "name: Second " + word + " → Third " + word)
                    .doesNotContain("Restored");
            assertThat(driver.findElements(By.cssSelector("tr.revision")))
                    .as("their revision is listed now")
                    .hasSize(3);
        }
        assertThat(editorApi.get("api/resources/" + key).json().getString("name"))
                .isEqualTo("Third " + word);
    }

    @Test
    void editLinks_showOnDetailPagesForEditorsOnly() {
        String page = "directory/authority.xhtml?key=" + word + "-auth";
        assertThat(anonymous.get(page).body()).doesNotContain("id=\"edit-link\"");
        try (Browser browser = signedInEditor()) {
            WebDriver driver = browser.driver();
            driver.get(base + page);
            driver.findElement(By.id("edit-link")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:name")));
            assertThat(driver.findElement(By.id("edit:name")).getAttribute("value"))
                    .isEqualTo("Authority " + word);

            driver.get(base + "editorial/index.xhtml");
            assertThat(driver.findElements(By.xpath("//a[normalize-space(.)='Authority " + word + "']")))
                    .as("listed under Published")
                    .isNotEmpty();
        }
    }

    private static void assertInert(Browser browser, String where) {
        WebDriver driver = browser.driver();
        Object flag = ((JavascriptExecutor) driver).executeScript("return typeof window.__xss;");
        assertThat(flag).as("window.__xss on " + where).isEqualTo("undefined");
        assertThat(driver.findElements(By.cssSelector("img[src='x']")))
                .as("injected <img> on " + where)
                .isEmpty();
        assertThat(driver.findElements(By.xpath("//script[contains(., '__xss')]")))
                .as("injected <script> on " + where)
                .isEmpty();
    }
}
