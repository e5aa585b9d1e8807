package org.liaisonhub.editorial.web;

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
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.liaisonhub.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The editions page in the browser: an editor generates an edition, sees it listed, and who downloaded it. */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class EditionsPageIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void editorGeneratesAnEdition_seesItListed_andWhoDownloadedIt() {
        try (Browser editor = Browser.open()) {
            SignIn.as(editor, base, DemoAccounts.EDITOR);
            editor.driver().get(base + "editorial/editions.xhtml");
            new Select(editor.driver().findElement(By.id("generate:scope"))).selectByValue("country");
            editor.driver().findElement(By.id("generate:value")).sendKeys("SE");
            new Select(editor.driver().findElement(By.id("generate:audience"))).selectByValue("members");
            editor.driver().findElement(By.id("generate:generate-button")).click();

            WebElement messages =
                    editor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
            assertThat(messages.getText()).contains("generated");
            WebElement newest = editor.driver().findElement(By.cssSelector("#editions tr.edition"));
            String id = newest.getAttribute("data-id");
            assertThat(newest.getText())
                    .contains("SE", "Network members", DemoAccounts.EDITOR.user())
                    .contains("Not downloaded yet");
            editor.screenshot("editions");

            Api member = new Api(base).as(DemoAccounts.MEMBER);
            assertThat(member.download("api/editions/" + id + "/files/pdf").status())
                    .isEqualTo(200);
            editor.driver().get(base + "editorial/editions.xhtml");
            WebElement row = editor.driver().findElement(By.cssSelector("#editions tr.edition[data-id='" + id + "']"));
            assertThat(row.findElement(By.className("downloads")).getText())
                    .contains(DemoAccounts.MEMBER.user(), "pdf");

            editor.driver().findElement(By.id("generate:value")).sendKeys("ZZ");
            editor.driver().findElement(By.id("generate:generate-button")).click();
            assertThat(editor.waiting()
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                            .getText())
                    .contains("country ZZ");
            assertThat(editor.severeLogEntries()).isEmpty();
        }
        try (Browser member = Browser.open()) {
            SignIn.as(member, base, DemoAccounts.MEMBER);
            member.driver().get(base + "editorial/editions.xhtml");
            assertThat(member.driver().findElements(By.id("generate")))
                    .as("members do not see the page")
                    .isEmpty();
        }
    }
}
