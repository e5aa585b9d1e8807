package org.liaisonhub.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.LiaisonDeployments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The guided finder and the contact card, as a practitioner uses them in the browser. */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class FinderPageIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void finder_showsTheSwedishProsecutionRouteFirstThenTheContactCard() {
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(base.toString());
            browser.waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.id("finder-link")))
                    .click();
            new Select(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("country"))))
                    .selectByValue("SE");
            new Select(driver.findElement(By.id("need"))).selectByValue("EIO");
            new Select(driver.findElement(By.id("language"))).selectByValue("en");
            driver.findElement(By.id("find-button")).click();

            WebElement first = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#routes article.route")));
            assertThat(first.getText()).contains("Swedish Prosecution Authority", "formal:", "en, sv");
            assertThat(new Select(driver.findElement(By.id("country")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("SE");
            browser.screenshot("finder-se-eio");
            assertThat(browser.severeLogEntries()).isEmpty();

            first.findElement(By.cssSelector("ul a")).click();
            WebElement qr = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-qr")));
            Long width = (Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", qr);
            assertThat(width).as("QR code image loaded").isPositive();
            assertThat(driver.findElement(By.id("vcard-download")).getAttribute("href"))
                    .endsWith("/vcard");
            browser.screenshot("contact-card");
            assertThat(browser.severeLogEntries()).isEmpty();
        }
    }

    /**
     * Urgent requests (issue 17): the switch on the finder page, with the time pinned by at= (Tuesday 16 June 2026,
     * 22:00 in Stockholm and Paris): Sweden's 24/7 duty prosecutor comes first; France says it has no 24/7 route.
     */
    @Test
    void urgentSwitch_puts247First_showsLocalTimes_andSaysWhenACountryHasNo247Route() {
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(base + "directory/finder.xhtml?country=SE&need=EIO&at=2026-06-16T20:00:00Z");
            WebElement urgent = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("urgent")));
            assertThat(urgent.isSelected()).isFalse();
            assertThat(driver.findElements(By.id("no-24-7"))).isEmpty();

            urgent.click();
            driver.findElement(By.id("find-button")).click();

            browser.waiting().until(ExpectedConditions.urlContains("urgent=true"));
            WebElement first = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#routes article.route li")));
            assertThat(first.getText()).contains("Duty prosecutor", "24/7", "22:00 (Europe/Stockholm)");
            assertThat(driver.findElement(By.id("urgent")).isSelected())
                    .as("the switch stays on")
                    .isTrue();
            assertThat(driver.findElement(By.id("routes")).getText()).contains("opens in 10 h");
            assertThat(driver.findElements(By.id("no-24-7")))
                    .as("Sweden has a 24/7 route")
                    .isEmpty();
            browser.screenshot("finder-urgent-se");

            new Select(driver.findElement(By.id("country"))).selectByValue("FR");
            driver.findElement(By.id("find-button")).click();

            WebElement none = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-24-7")));
            assertThat(none.getText())
                    .contains("no 24/7 contact point", "France", "International Criminal Police Organization");
            assertThat(driver.findElement(By.id("routes")).getText()).contains("opens in 11 h", "22:00 (Europe/Paris)");
            browser.screenshot("finder-urgent-fr");
            assertThat(browser.severeLogEntries()).isEmpty();
        }
    }
}
