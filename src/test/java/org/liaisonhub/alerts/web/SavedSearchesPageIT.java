package org.liaisonhub.alerts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A member saves the search they are looking at, sees it listed with its feed, and deletes it. */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class SavedSearchesPageIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void member_savesTheSearchTheyAreLookingAt_seesItListed_andDeletesIt() {
        String name = "EIO Sweden " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            SignIn.as(browser, base, DemoAccounts.MEMBER);
            driver.get(base + "search.xhtml?q=EIO&country=SE");
            browser.waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.id("save-search-link")))
                    .click();

            WebElement search =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved:search")));
            assertThat(search.getAttribute("value")).contains("q=EIO").contains("country=SE");
            driver.findElement(By.id("saved:name")).sendKeys(name);
            driver.findElement(By.id("saved:email")).sendKeys("member@example.org");
            driver.findElement(By.id("saved:save")).click();

            WebElement row = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.xpath("//tr[contains(@class,'saved-search')][.//a[text()='" + name + "']]")));
            assertThat(row.getText()).contains("q=EIO&country=SE", "member@example.org", "Alerts on");
            assertThat(row.findElement(By.className("feed-link")).getAttribute("href"))
                    .matches(".*/api/saved-searches/[0-9]+/alerts\\.atom");
            assertThat(driver.findElement(By.id("saved:messages")).getText()).contains("Search saved.");
            browser.screenshot("saved-searches");
            assertThat(browser.severeLogEntries()).isEmpty();

            row.findElement(By.className("delete-button")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("saved:messages"), "Saved search deleted."));
            assertThat(driver.findElements(By.xpath("//a[text()='" + name + "']")))
                    .isEmpty();
        }
    }

    @Test
    void aRefusedSave_saysWhy_inTheReadersLanguage_andKeepsWhatWasTyped() {
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            SignIn.as(browser, base, DemoAccounts.MEMBER);
            driver.get(base + "alerts/index.xhtml?lang=fr");
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("saved:name")))
                    .sendKeys("Sans filtre");
            driver.findElement(By.id("saved:save")).click();

            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#saved\\:messages li")));
            assertThat(driver.findElement(By.id("saved:messages")).getText())
                    .contains("Non enregistrée", "needs words");
            assertThat(driver.findElement(By.id("saved:name")).getAttribute("value"))
                    .isEqualTo("Sans filtre");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Recherches enregistrées");
        }
    }
}
