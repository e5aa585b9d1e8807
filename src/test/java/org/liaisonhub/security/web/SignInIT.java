package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in through the form in a real browser: a new session id, members-only contacts, signing out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    private static final String MEMBERS_CONTACT = "directory/contact.xhtml?key=se-rmk-globe-focal-point";

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    private static void signIn(Browser browser, String user, String password) {
        WebDriver driver = browser.driver();
        browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin-button")).click();
    }

    @Test
    void member_signsInSeesMembersOnlyContactAndSignsOut() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            driver.get(base + MEMBERS_CONTACT);
            assertThat(driver.findElements(By.id("error-page")))
                    .as("hidden before sign-in")
                    .isNotEmpty();
            browser.severeLogEntries(); // the expected 404 of the hidden page
            driver.get(base + "login.xhtml?next=/"
                    + MEMBERS_CONTACT.replace("?", "%3F").replace("=", "%3D"));
            Cookie before = driver.manage().getCookieNamed("JSESSIONID");

            signIn(browser, DemoAccounts.MEMBER.user(), DemoAccounts.MEMBER.password());

            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-title")));
            assertThat(driver.findElement(By.id("signed-in-as")).getText()).isEqualTo(DemoAccounts.MEMBER.user());
            Cookie after = driver.manage().getCookieNamed("JSESSIONID");
            assertThat(after).isNotNull();
            assertThat(after.getValue())
                    .as("session id changes at sign-in")
                    .isNotEqualTo(before == null ? null : before.getValue());
            assertThat(browser.severeLogEntries()).isEmpty();

            driver.findElement(By.id("account:signout")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-link")));
            driver.get(base + MEMBERS_CONTACT);
            assertThat(driver.findElements(By.id("error-page")))
                    .as("hidden again after sign-out")
                    .isNotEmpty();
        }
    }

    @Test
    void wrongPassword_showsAClearMessageAndNoSession() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(base + "login.xhtml");

            signIn(browser, DemoAccounts.MEMBER.user(), "not-my-password");

            assertThat(browser.waiting()
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-messages")))
                            .getText())
                    .contains("Wrong user name or password");
            assertThat(browser.driver().findElements(By.id("signed-in-as"))).isEmpty();
        }
    }

    @Test
    void aFailedSignIn_putsThePasswordIntoNoLink() {
        String password = "leak" + java.util.UUID.randomUUID().toString().replace("-", "");
        try (Browser browser = Browser.open()) {
            browser.driver().get(base + "login.xhtml?next=/search.xhtml");

            signIn(browser, DemoAccounts.MEMBER.user(), password);

            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-messages")));
            var links = browser.driver().findElements(By.cssSelector("a[href]"));
            assertThat(links).as("the language links at least").isNotEmpty();
            assertThat(links).extracting(link -> link.getAttribute("href")).noneMatch(href -> href.contains(password));
            assertThat(browser.driver().findElement(By.id("lang-fr")).getAttribute("href"))
                    .as("only the address's own parameters, never the posted fields")
                    .doesNotContain("password")
                    .doesNotContain("username")
                    .doesNotContain("jakarta.faces");
            assertThat(browser.driver().getPageSource()).doesNotContain(password);
        }
    }
}
