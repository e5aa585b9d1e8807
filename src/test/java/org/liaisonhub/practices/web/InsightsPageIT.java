package org.liaisonhub.practices.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Good-practice insights and the country comparison in headless Chromium (acceptance 4: charts drawn). */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class InsightsPageIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    /** Size of the canvas, how many of its pixels are painted, and the chart's data as Chart.js holds it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> drawn(Browser browser, WebElement canvas) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const c = arguments[0];
                const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
                const chart = (typeof Chart !== 'undefined' && Chart.getChart) ? Chart.getChart(c) : null;
                return {width: c.width, height: c.height, painted: painted,
                        data: chart ? chart.data.datasets[0].data : null,
                        labels: chart ? chart.data.labels : null};
                """, canvas);
    }

    private static long sum(Object data) {
        return ((List<?>) data)
                .stream().mapToLong(v -> ((Number) v).longValue()).sum();
    }

    @Test
    void insightsPage_drawsBothBarCharts_andKeepsAScreenshot() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.driver().get(base.toString());
            browser.waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.id("insights-link")))
                    .click();

            WebElement ict = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='ict-chart'] canvas")));
            WebElement challenge = browser.driver().findElement(By.cssSelector("[id$='challenge-chart'] canvas"));
            browser.waiting()
                    .until(d -> ((Number) drawn(browser, ict).get("painted")).longValue() > 0
                            && ((Number) drawn(browser, challenge).get("painted")).longValue() > 0);

            for (WebElement canvas : List.of(ict, challenge)) {
                Map<String, Object> state = drawn(browser, canvas);
                assertThat(((Number) state.get("width")).longValue())
                        .as("canvas width")
                        .isPositive();
                assertThat(((Number) state.get("height")).longValue())
                        .as("canvas height")
                        .isPositive();
                assertThat(((Number) state.get("painted")).longValue())
                        .as("pixels drawn")
                        .isPositive();
                assertThat(state.get("data")).as("a Chart.js chart is attached").isNotNull();
                assertThat(sum(state.get("data"))).as("counts plotted").isPositive();
            }
            assertThat(String.valueOf(drawn(browser, ict).get("labels"))).contains("Secure exchange platforms");
            Path shot = browser.screenshot("insights-charts");
            assertThat(Files.size(shot)).isPositive();
            assertThat(browser.severeLogEntries()).isEmpty();
        }
    }

    @Test
    void filteringByCountry_countsOnlyThatCountrysPractices() {
        // Other tests may add Swedish practices to the shared server: count what the API says is there now.
        Api api = new Api(base);
        List<String> swedish =
                api.get("api/search?type=practice&country=SE&size=100").json().getJsonArray("hits").stream()
                        .map(h -> h.asJsonObject().getString("key"))
                        .toList();
        int swedishIcts = swedish.stream()
                .mapToInt(key -> api.get("api/practices/" + key)
                        .json()
                        .getJsonArray("ictCategories")
                        .size())
                .sum();
        try (Browser browser = Browser.open()) {
            browser.driver().get(base + "practices/insights.xhtml?country=SE");
            WebElement ict = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='ict-chart'] canvas")));
            browser.waiting().until(d -> drawn(browser, ict).get("data") != null);

            assertThat(sum(drawn(browser, ict).get("data"))).isEqualTo(swedishIcts);
            assertThat(swedish).contains("se-2023-ict-questionnaire");
            List<WebElement> hits = browser.driver().findElements(By.cssSelector("article.practice-hit"));
            assertThat(hits).hasSize(swedish.size());
            assertThat(hits).allSatisfy(h -> assertThat(h.getText()).contains("Sweden"));
        }
    }

    @Test
    void filteringByIctCategoryAndChallenge_listsOnlyPracticesReportingThem() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(base + "practices/insights.xhtml");
            new org.openqa.selenium.support.ui.Select(
                            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ict"))))
                    .selectByValue("TRANSLATION_SOFTWARE");
            browser.driver().findElement(By.id("filter-button")).click();
            browser.waiting().until(ExpectedConditions.urlContains("ict=TRANSLATION_SOFTWARE"));
            List<WebElement> hits = browser.driver().findElements(By.cssSelector("article.practice-hit"));
            assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.getText())
                    .contains("Translation software"));

            browser.driver().get(base + "practices/insights.xhtml?challenge=COUNTERPART_RELUCTANCE");
            List<WebElement> reluctant = browser.driver().findElements(By.cssSelector("article.practice-hit"));
            assertThat(reluctant).isNotEmpty().allSatisfy(h -> assertThat(h.getText())
                    .contains("Reluctance of foreign counterparts"));
        }
    }

    @Test
    void membersOnlyPractices_countForMembers_notForAnonymousVisitors() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(base + "practices/insights.xhtml?country=SG");
            assertThat(browser.driver().findElements(By.cssSelector("article.practice-hit")))
                    .isEmpty();

            SignIn.as(browser, base, DemoAccounts.MEMBER);
            browser.driver().get(base + "practices/insights.xhtml?country=SG");
            assertThat(browser.driver().findElements(By.cssSelector("article.practice-hit")))
                    .hasSize(1);
        }
    }

    @Test
    void compare_showsTwoCountriesAnswersSideBySide_questionByQuestion() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(base + "practices/compare.xhtml?country=SE&country=DE");

            WebElement table =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison")));
            assertThat(table.findElements(By.cssSelector("thead th.country-column")))
                    .extracting(WebElement::getText)
                    .containsExactly("Sweden", "Germany");
            List<WebElement> q3 = browser.driver().findElements(By.cssSelector("tr[id='q-3'] td"));
            assertThat(q3).hasSize(2);
            assertThat(q3.get(0).getText()).contains("has not developed");
            assertThat(q3.get(1).getText()).contains("No answer");
            assertThat(browser.driver().findElement(By.id("q-8a")).getText()).contains("Globe one stop hub");
            assertThat(browser.driver().findElement(By.id("row-ict")).getText()).contains("Translation software");
            browser.screenshot("compare-se-de");

            browser.driver().get(base + "practices/compare.xhtml?country=SE&country=XX");
            assertThat(browser.driver().findElement(By.id("unknown-countries")).getText())
                    .contains("XX");
            assertThat(browser.driver().findElements(By.id("compare-hint"))).hasSize(1);
        }
    }
}
