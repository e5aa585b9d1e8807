package org.liaisonhub.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Admins manage users: over {@code /api/admin/users} and on {@code /admin/users.xhtml} in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAdminIT {

    /** A MEMBERS and a RESTRICTED demo contact: what a user's roles let them see. */
    static final String MEMBERS_CONTACT = "api/contacts/se-rmk-globe-focal-point";

    static final String RESTRICTED_CONTACT = "api/contacts/gb-sfo-globe";

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api anonymous;
    Api admin;

    @BeforeEach
    void setUp() {
        anonymous = new Api(base);
        admin = anonymous.as(DemoAccounts.ADMIN);
    }

    private static String name() {
        return "user" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply create(String name, String password, String roles) {
        return admin.postJson(
                "api/admin/users",
                "{\"username\": \"" + name + "\", \"password\": \"" + password + "\", \"roles\": [" + roles + "]}");
    }

    @Test
    void createdUser_signsInWithTheirRole_andTheListNeverShowsAHash() {
        String name = name();

        Api.Reply created = create(name, "a-good-pass-42", "\"member\"");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonArray("roles").getString(0)).isEqualTo("member");
        Api user = anonymous.as(name, "a-good-pass-42");
        assertThat(user.get(MEMBERS_CONTACT).status()).isEqualTo(200);
        assertThat(user.get(RESTRICTED_CONTACT).status()).isEqualTo(404);
        Api.Reply list = admin.get("api/admin/users");
        assertThat(list.body())
                .contains("\"" + name + "\"")
                .doesNotContain("PBKDF2")
                .doesNotContain("password");
    }

    @Test
    void weakPasswords_badNames_andTakenNames_areRefusedWithAReason() {
        String name = name();
        assertThat(create(name, "short1!", "\"member\"").status()).isEqualTo(400);
        assertThat(create(name, "onlyletterslong", "\"member\"").json().getString("error"))
                .isEqualTo("weak-password");
        assertThat(create(name, name + "-123", "\"member\"").status())
                .as("contains the name")
                .isEqualTo(400);
        assertThat(create("has space", "a-good-pass-42", "\"member\"").json().getString("error"))
                .isEqualTo("invalid-username");
        assertThat(create(name, "a-good-pass-42", "").json().getString("error")).isEqualTo("no-role");
        assertThat(create(name, "a-good-pass-42", "\"member\"").status()).isEqualTo(201);
        assertThat(create(name, "a-good-pass-42", "\"member\"").status()).isEqualTo(409);
    }

    @Test
    void rolesChange_disableEnable_andPasswordReset_takeEffectAtTheNextRequest() {
        String name = name();
        create(name, "a-good-pass-42", "\"member\"");
        Api user = anonymous.as(name, "a-good-pass-42");

        assertThat(admin.put("api/admin/users/" + name + "/roles", "{\"roles\": [\"editor\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(user.get(RESTRICTED_CONTACT).status()).as("now an editor").isEqualTo(200);

        assertThat(admin.put("api/admin/users/" + name + "/enabled", "{\"enabled\": false}")
                        .status())
                .isEqualTo(200);
        assertThat(user.get(MEMBERS_CONTACT).status()).as("disabled").isEqualTo(401);
        assertThat(admin.put("api/admin/users/" + name + "/enabled", "{\"enabled\": true}")
                        .status())
                .isEqualTo(200);
        assertThat(user.get(MEMBERS_CONTACT).status()).as("enabled again").isEqualTo(200);

        assertThat(admin.put("api/admin/users/" + name + "/password", "{\"password\": \"weak\"}")
                        .status())
                .isEqualTo(400);
        assertThat(admin.put("api/admin/users/" + name + "/password", "{\"password\": \"another-pass-77\"}")
                        .status())
                .isEqualTo(200);
        assertThat(user.get(MEMBERS_CONTACT).status()).as("old password").isEqualTo(401);
        assertThat(anonymous.as(name, "another-pass-77").get(MEMBERS_CONTACT).status())
                .isEqualTo(200);
        assertThat(admin.put("api/admin/users/nobody-" + name + "/enabled", "{\"enabled\": true}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anAdmin_cannotRemoveTheirOwnAdminRole_norDisableThemselves() {
        Api.Reply demote = admin.put("api/admin/users/admin/roles", "{\"roles\": [\"editor\"]}");
        Api.Reply disable = admin.put("api/admin/users/admin/enabled", "{\"enabled\": false}");

        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().getString("message")).contains("own admin role");
        assertThat(disable.status()).isEqualTo(409);
        assertThat(admin.get("api/admin/users").status()).as("still an admin").isEqualTo(200);
    }

    @Test
    void adminPage_createsAUser_refusesAWeakPassword_andKeepsTheAdminsOwnRole() {
        String name = name();
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            driver.get(base + "login.xhtml?next=/admin/users.xhtml");
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                    .sendKeys(DemoAccounts.ADMIN.user());
            driver.findElement(By.id("password")).sendKeys(DemoAccounts.ADMIN.password());
            driver.findElement(By.id("signin-button")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("users-card")));

            driver.findElement(By.id("user-new:new-username")).sendKeys(name);
            driver.findElement(By.id("user-new:new-password")).sendKeys("weakweakweak");
            driver.findElement(By.id("user-new:create")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("users-card")));
            assertThat(driver.findElement(By.id("users-card")).getText()).contains("Too weak");
            assertThat(anonymous.as(name, "weakweakweak").get(MEMBERS_CONTACT).status())
                    .isEqualTo(401);

            driver.findElement(By.id("user-new:new-username")).clear();
            driver.findElement(By.id("user-new:new-username")).sendKeys(name);
            driver.findElement(By.id("user-new:new-password")).sendKeys("page-made-pass-9");
            driver.findElement(By.id("user-new:create")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-messages"), name));
            assertThat(driver.findElement(By.id("users-list:users")).getText()).contains(name);
            assertThat(anonymous
                            .as(name, "page-made-pass-9")
                            .get(MEMBERS_CONTACT)
                            .status())
                    .isEqualTo(200);

            WebElement adminRow = driver.findElements(By.cssSelector("#users-list\\:users tbody tr")).stream()
                    .filter(row ->
                            row.findElement(By.className("username")).getText().equals(DemoAccounts.ADMIN.user()))
                    .findFirst()
                    .orElseThrow();
            adminRow.findElement(By.tagName("button")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("selected-user")));
            WebElement adminBox =
                    driver.findElement(By.cssSelector("[id='user-edit:selected-roles'] input[value='admin']"));
            assertThat(adminBox.isSelected()).isTrue();
            uncheck(driver, "admin");
            driver.findElement(By.id("user-edit:save-roles")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("users-messages")));
            assertThat(driver.findElement(By.id("users-messages")).getText()).contains("own admin role");
            assertThat(admin.get("api/admin/users").status()).isEqualTo(200);
        }
    }

    /** PrimeFaces draws its own checkbox; set the hidden input as the page's script would, then post. */
    private static void uncheck(WebDriver driver, String role) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.querySelectorAll(\"[id='user-edit:selected-roles'] input[value='" + role
                        + "']\")" + ".forEach(function (box) { box.checked = false; });");
    }
}
