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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The finder's procedure block and the procedure sheet page, as a practitioner reads them in the browser. */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class ProcedurePageIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void finder_brazilAssetRecovery_showsChannelLanguageRequirementsAndWhy_thenTheWholeSheet() {
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(base + "directory/finder.xhtml");
            new Select(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("country"))))
                    .selectByValue("BR");
            new Select(driver.findElement(By.id("need"))).selectByValue("ASSET_RECOVERY");
            new Select(driver.findElement(By.id("language"))).selectByValue("en");
            driver.findElement(By.id("find-button")).click();

            WebElement advice =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("procedure-advice")));
            assertThat(driver.findElement(By.id("procedure-counterpart")).getText())
                    .contains("DRCI");
            assertThat(driver.findElement(By.id("procedure-channel")).getText()).contains("E-mail");
            assertThat(driver.findElement(By.id("procedure-language")).getText())
                    .startsWith("Portuguese");
            assertThat(driver.findElement(By.id("procedure-requirements")).getText())
                    .contains("Electronic signature required", "required for coercive measures only");
            assertThat(driver.findElement(By.id("procedure-reasons")).getText())
                    .contains(
                            "Language: en is not accepted; translate into pt (accepted: pt).",
                            "Counterpart: Department of Asset Recovery and International Legal Cooperation (DRCI), "
                                    + "named by BR's procedure sheet for ASSET_RECOVERY requests.");
            browser.screenshot("finder-br-asset-recovery");
            assertThat(browser.severeLogEntries()).isEmpty();

            advice.findElement(By.id("procedure-sheet-link")).click();
            WebElement channels =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sheet-channels")));
            assertThat(driver.findElement(By.id("entry-title")).getText()).contains("Brazil", "Asset recovery");
            assertThat(channels.findElements(By.tagName("li"))).hasSize(2);
            assertThat(channels.getText()).contains("Diplomatic channel");
            assertThat(browser.severeLogEntries()).isEmpty();
        }
    }

    @Test
    void theProcedureBlock_speaksFrenchAndArabic() {
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(base + "directory/finder.xhtml?country=SE&need=EIO&language=fr&lang=fr");
            WebElement reasons =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("procedure-reasons")));
            assertThat(reasons.getText()).contains("Langue : fr n'est pas acceptée ; traduisez en sv");
            assertThat(driver.findElement(By.id("procedure-language")).getText())
                    .startsWith("suédois");

            driver.get(base + "directory/finder.xhtml?country=SE&need=EIO&lang=ar");
            reasons =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("procedure-reasons")));
            assertThat(reasons.getText()).contains("ازدواجية التجريم");
            browser.screenshot("finder-se-eio-ar");
        }
    }
}
