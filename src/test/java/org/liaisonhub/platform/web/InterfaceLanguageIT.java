package org.liaisonhub.platform.web;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The language switch changes the interface to French and keeps it for the session. */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class InterfaceLanguageIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void frenchSwitch_translatesTheInterfaceAndStays() {
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(base.toString());
            browser.waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.id("lang-fr")))
                    .click();

            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-button"), "Rechercher"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("fr");

            driver.get(base + "search.xhtml?q=Threema");
            assertThat(driver.findElement(By.id("facets")).getText()).containsIgnoringCase("Pays");
            assertThat(driver.getPageSource()).doesNotContain("???");
            browser.screenshot("interface-french-results");
        }
    }
}
