package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.liaisonhub.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The French interface has no English label left on the main pages, and Arabic is laid out right to left.
 * A label counts as untranslated when a text on the page (an element's own text, a placeholder, a button's
 * value, a title or aria-label) is exactly an English message that French translates differently, or shows
 * a {@code ???key???} marker. The same check on the English pages must find labels, so it can fail.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class InterfaceCompletenessIT {

    private static final List<String> PUBLIC_PAGES = List.of(
            "",
            "search.xhtml?q=EIO",
            "directory/finder.xhtml?country=SE&need=EIO",
            "directory/contact.xhtml?key=se-rmk-eio-mla",
            "directory/authority.xhtml?key=se-aklagarmyndigheten",
            "resources/resource.xhtml?key=ejn",
            "practices/practice.xhtml?key=se-2023-ict-questionnaire",
            "practices/insights.xhtml",
            "practices/compare.xhtml?country=SE&country=DE",
            "login.xhtml");

    private static final List<String> EDITOR_PAGES = List.of(
            "editorial/stale.xhtml",
            "editorial/reports.xhtml",
            "editorial/intake.xhtml",
            "search.xhtml?q=Threema",
            "alerts/index.xhtml");

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    /** English labels that French writes differently (labels that are the same in both, like "Liaison", are fine). */
    private static Set<String> englishOnlyLabels() throws IOException {
        Properties english = MessageBundlesTest.bundle("messages");
        Properties french = MessageBundlesTest.bundle("messages_fr");
        Set<String> labels = new HashSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key).strip();
            if (!en.equals(french.getProperty(key, "").strip()) && !en.contains("{")) {
                labels.add(en);
            }
        }
        return labels;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const out = [];
                for (const el of document.querySelectorAll('body *')) {
                  // User data (names, user names) is marked translate="no"; it is not a label.
                  if (el.closest('script,style,pre,textarea,[lang]:not(html),[translate=no]')) continue;
                  let own = '';
                  for (const n of el.childNodes) { if (n.nodeType === 3) own += n.textContent; }
                  own = own.trim();
                  if (own) out.push(own);
                  for (const a of ['placeholder', 'title', 'aria-label', 'alt']) {
                    if (el.getAttribute(a)) out.push(el.getAttribute(a).trim());
                  }
                  if (el.tagName === 'INPUT' && (el.type === 'submit' || el.type === 'button')) out.push(el.value.trim());
                }
                out.push(document.title.trim());
                return out;
                """);
    }

    /** The untranslated labels found on these pages, as "page: label". */
    private List<String> untranslated(Browser browser, String lang, List<String> pages, Set<String> english) {
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            browser.driver().get(base + page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(lang);
            String source = browser.driver().getPageSource();
            if (source.contains("???")) {
                found.add(page + ": ???key??? marker");
            }
            for (String text : texts(browser)) {
                if (english.contains(text)) {
                    found.add(page + ": " + text);
                }
            }
        }
        return found;
    }

    @Test
    void french_mainPages_showNoEnglishLabel() throws IOException {
        Set<String> english = englishOnlyLabels();
        try (Browser browser = Browser.open()) {
            assertThat(untranslated(browser, "en", List.of("", "practices/insights.xhtml"), english))
                    .as("the check finds English labels on English pages")
                    .isNotEmpty();

            assertThat(untranslated(browser, "fr", PUBLIC_PAGES, english))
                    .as("English labels on French pages")
                    .isEmpty();
            browser.screenshot("french-insights");

            SignIn.as(browser, base, DemoAccounts.EDITOR);
            assertThat(untranslated(browser, "fr", EDITOR_PAGES, english))
                    .as("English labels on French editor pages")
                    .isEmpty();
        }
    }

    @Test
    void arabic_isLaidOutRightToLeft_andFallsBackToEnglishForUntranslatedLabels() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(base + "?lang=ar");
            var html = browser.driver().findElement(By.tagName("html"));
            assertThat(html.getAttribute("dir")).isEqualTo("rtl");
            assertThat(html.getAttribute("lang")).isEqualTo("ar");
            assertThat(browser.driver().findElement(By.id("search-button")).getText())
                    .isEqualTo("بحث");
            assertThat(browser.driver().getPageSource()).doesNotContain("???");
            String direction = (String) ((JavascriptExecutor) browser.driver())
                    .executeScript("return getComputedStyle(document.querySelector('main')).direction;");
            assertThat(direction).isEqualTo("rtl");
            browser.screenshot("arabic-home");

            browser.driver().get(base + "?lang=en");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
                    .isEqualTo("ltr");
        }
    }
}
