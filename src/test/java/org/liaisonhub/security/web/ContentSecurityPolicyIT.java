package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.liaisonhub.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Content Security Policy allows no inline script without the response's nonce: every page sends such a
 * policy, no page breaks it in Chromium (the console would say "Refused to ..."), the browser really blocks an
 * injected script, and the interactions that depend on scripts (search, autocomplete, facets, sign-in and out, an
 * editor's save, Mojarra's Ajax) still work under it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class ContentSecurityPolicyIT {

    static final List<String> PUBLIC_PAGES = List.of(
            "",
            "search.xhtml?q=EIO",
            "directory/finder.xhtml?country=SE&need=EIO",
            "directory/contact.xhtml?key=se-rmk-eio-mla",
            "directory/authority.xhtml?key=se-aklagarmyndigheten",
            "resources/resource.xhtml?key=ejn",
            "practices/practice.xhtml?key=se-2023-ict-questionnaire",
            "practices/insights.xhtml",
            "practices/compare.xhtml?country=SE&country=DE",
            "login.xhtml",
            "no-such-page.xhtml");

    static final List<String> EDITOR_PAGES = List.of(
            "editorial/index.xhtml",
            "editorial/stale.xhtml",
            "editorial/reports.xhtml",
            "editorial/intake.xhtml",
            "editorial/edit.xhtml?type=resource&key=ejn",
            "editorial/edit.xhtml?type=authority&key=se-aklagarmyndigheten",
            "editorial/history.xhtml?type=resource&key=ejn",
            "search.xhtml?q=Threema",
            "directory/authority.xhtml?key=se-aklagarmyndigheten");

    static final List<String> ADMIN_PAGES = List.of("admin/users.xhtml");

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Browser browser;
    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Console entries in which Chromium reports a blocked script, style or other resource. */
    private List<String> violations() {
        return browser.severeLogEntries().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
    }

    private static String scriptSource(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src")) {
                return directive.strip();
            }
        }
        return "";
    }

    private static void assertStrictScriptPolicy(String page, Api.Reply reply) {
        String policy = reply.header("Content-Security-Policy");
        assertThat(policy).as(page + " policy").isNotNull();
        assertThat(reply.headers().get("Content-Security-Policy"))
                .as(page + ": exactly one policy")
                .hasSize(1);
        assertThat(scriptSource(policy))
                .as(page)
                .startsWith("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(policy).as(page).contains("frame-ancestors 'none'").contains("object-src 'none'");
    }

    @Test
    void everyPage_sendsAScriptPolicyWithANonceAndWithoutUnsafeInline() {
        Api anonymous = new Api(base);
        for (String page : PUBLIC_PAGES) {
            Api.Reply reply = anonymous.get(page);
            assertStrictScriptPolicy(page, reply);
            if (reply.status() == 200) {
                assertThat(scriptSource(reply.header("Content-Security-Policy")))
                        .as(page)
                        .contains("'nonce-");
            }
        }
        Api editor = anonymous.as(DemoAccounts.EDITOR);
        for (String page : EDITOR_PAGES) {
            Api.Reply reply = editor.get(page);
            assertThat(reply.status()).as(page).isEqualTo(200);
            assertStrictScriptPolicy(page, reply);
        }
        Api admin = anonymous.as(DemoAccounts.ADMIN);
        for (String page : ADMIN_PAGES) {
            assertStrictScriptPolicy(page, admin.get(page));
        }
        assertStrictScriptPolicy("api/search", anonymous.get("api/search?q=EIO"));
    }

    @Test
    void noPage_breaksThePolicyInChromium() {
        for (String page : PUBLIC_PAGES) {
            driver.get(base + page);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
            assertThat(violations()).as("anonymous " + page).isEmpty();
        }
        SignIn.as(browser, base, DemoAccounts.ADMIN);
        assertThat(violations()).as("sign-in").isEmpty();
        for (String page : concat(EDITOR_PAGES, ADMIN_PAGES)) {
            driver.get(base + page);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
            assertThat(violations()).as("admin " + page).isEmpty();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void injectedInlineScript_isBlockedByTheBrowser() {
        driver.get(base + "search.xhtml?q=EIO");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
        browser.severeLogEntries();

        Object ran = ((JavascriptExecutor) driver).executeScript("""
                window.injectedRan = false;
                const script = document.createElement('script');
                script.textContent = 'window.injectedRan = true;';
                document.head.appendChild(script);
                return window.injectedRan;""");

        assertThat(ran).isEqualTo(Boolean.FALSE);
        assertThat(violations()).as("the browser reports the blocked script").isNotEmpty();
    }

    @Test
    void searchAutocompleteAndFacets_workUnderThePolicy() {
        driver.get(base.toString());
        WebElement box = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("q_input")));
        box.sendKeys("aklag");
        WebElement suggestion =
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q_panel li")));
        assertThat(suggestion.getText()).contains("Swedish Prosecution Authority");

        box.clear();
        box.sendKeys("encrypted messaging");
        driver.findElement(By.id("search-button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result-count")));
        WebElement facet = browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#facet-ict a.facet-choice")));
        String before = driver.getCurrentUrl();
        facet.click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
        assertThat(driver.getCurrentUrl()).contains("ict=");
        assertThat(violations()).isEmpty();
    }

    @Test
    void signInEditorSaveAjaxReportAndSignOut_workUnderThePolicy() {
        SignIn.as(browser, base, DemoAccounts.EDITOR);

        driver.get(base + "editorial/edit.xhtml?type=resource&key=ejn");
        WebElement save = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("edit:save")));
        save.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(save));
        assertThat(browser.waiting()
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:messages")))
                        .getText())
                .contains("Saved");

        // Mojarra's own Ajax (f:ajax on the report button) and a PrimeFaces-rendered page.
        driver.get(base + "directory/authority.xhtml?key=se-aklagarmyndigheten");
        browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form:report-comment")))
                .sendKeys("The phone number changed (content security policy test).");
        driver.findElement(By.id("report-form:report-button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-sent")));

        // Mojarra's h:commandLink writes an onclick handler, which PrimeFaces moves into a nonce'd script.
        driver.findElement(By.id("account:signout")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(violations()).isEmpty();
    }
}
