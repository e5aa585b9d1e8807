package org.liaisonhub.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
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
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("finder-link"))).click();
            new Select(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("country"))))
                    .selectByValue("SE");
            new Select(driver.findElement(By.id("need"))).selectByValue("EIO");
            new Select(driver.findElement(By.id("language"))).selectByValue("en");
            driver.findElement(By.id("find-button")).click();

            WebElement first = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#routes article.route")));
            assertThat(first.getText()).contains("Swedish Prosecution Authority", "formal:", "en, sv");
            assertThat(new Select(driver.findElement(By.id("country"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("SE");
            browser.screenshot("finder-se-eio");
            assertThat(browser.severeLogEntries()).isEmpty();

            first.findElement(By.cssSelector("ul a")).click();
            WebElement qr = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-qr")));
            Long width = (Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", qr);
            assertThat(width).as("QR code image loaded").isPositive();
            assertThat(driver.findElement(By.id("vcard-download")).getAttribute("href")).endsWith("/vcard");
            browser.screenshot("contact-card");
            assertThat(browser.severeLogEntries()).isEmpty();
        }
    }
}
