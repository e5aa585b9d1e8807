package org.liaisonhub.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.LiaisonDeployments;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A practitioner's way through the portal in a real headless Chromium: search, open a result, read it. */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class SearchJourneyIT {

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

    private void searchFromHome(String text) {
        driver.get(base.toString());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("q_input")));
        assertThat(browser.severeLogEntries()).as("home page console").isEmpty();
        driver.findElement(By.id("q_input")).sendKeys(text);
        driver.findElement(By.id("search-button")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result-count")));
    }

    private WebElement hitTitled(String title) {
        return browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//a[contains(@class,'hit-title') and normalize-space(.)='" + title + "']")));
    }

    @Test
    void threema_searchOpenResultAndReadTheResource() {
        searchFromHome("Threema");
        browser.screenshot("journey-threema-results");
        assertThat(browser.severeLogEntries()).as("results page console").isEmpty();

        hitTitled("GlobE Threema").click();

        WebElement title = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-title")));
        assertThat(title.getText()).isEqualTo("GlobE Threema");
        assertThat(driver.findElement(By.id("description")).getText()).contains("encrypted messaging");
        assertThat(driver.getCurrentUrl()).contains("/resources/resource.xhtml?key=globe-threema");
        browser.screenshot("journey-threema-detail");
        assertThat(browser.severeLogEntries()).as("detail page console").isEmpty();
    }

    @Test
    void eio_findsTheSwedishResponseWithAnswersUnderTheirQuestions() {
        searchFromHome("EIO");
        // Authorities, contact points and procedure sheets come first for an acronym: narrow to good practices.
        WebElement practices = browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#facet-type a[href*='type=practice']")));
        practices.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(practices));
        WebElement hit = hitTitled(driver.findElements(By.cssSelector("a.hit-title")).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith("Sweden"))
                .findFirst()
                .orElseThrow());

        hit.click();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-8a")));
        assertThat(driver.findElement(By.id("answer-8a")).getText()).contains("Globe one stop hub");
        assertThat(driver.findElement(By.id("answer-2")).getText()).contains("European Judicial Network");
        browser.screenshot("journey-sweden-response");
        assertThat(browser.severeLogEntries()).as("practice page console").isEmpty();
    }

    @Test
    void homeSearchBox_suggestsFoldedPrefixes() {
        driver.get(base.toString());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("q_input")));

        driver.findElement(By.id("q_input")).sendKeys("aklag");

        WebElement item =
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q_panel li")));
        assertThat(item.getText()).contains("Swedish Prosecution Authority");
        assertThat(browser.severeLogEntries())
                .as("home page console (autoComplete)")
                .isEmpty();
    }

    @Test
    void resultsPage_showsHighlightsFacetsAndDidYouMean() {
        driver.get(base + "search.xhtml?q=Tremma");
        WebElement link = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("did-you-mean-link")));
        assertThat(link.getText()).isEqualToIgnoringCase("Threema");

        link.click();

        hitTitled("GlobE Threema");
        assertThat(driver.getCurrentUrl()).contains("q=Threema");

        driver.get(base + "search.xhtml?q=encrypted+messaging");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".snippet mark")));
        assertThat(driver.findElement(By.cssSelector(".snippet mark")).getText())
                .isEqualToIgnoringCase("encrypted");
        assertThat(driver.findElements(By.cssSelector("#facet-ict a.facet-choice")))
                .isNotEmpty();
        assertThat(browser.severeLogEntries()).as("results page console").isEmpty();
    }

    @Test
    void authorityPage_linksToItsContactPointsAndBack() {
        driver.get(base + "directory/authority.xhtml?key=se-aklagarmyndigheten");
        WebElement contact = browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id$='contacts'] a[href*='contact.xhtml']")));
        assertThat(browser.severeLogEntries())
                .as("authority page console (PrimeFaces data table)")
                .isEmpty();

        contact.click();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("authority-link")));
        assertThat(driver.findElement(By.id("authority-link")).getText()).isEqualTo("Swedish Prosecution Authority");
    }

    @Test
    void unknownEntry_showsTheNotFoundPage() {
        driver.get(base + "directory/contact.xhtml?key=no-such-contact");

        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-page")));
        assertThat(error.getText()).contains("Not found");
    }
}
