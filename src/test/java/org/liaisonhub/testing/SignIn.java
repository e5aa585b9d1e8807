package org.liaisonhub.testing;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signs a browser in through the sign-in page, as a person would. */
public final class SignIn {

    private SignIn() {}

    public static void as(Browser browser, URL base, DemoAccounts.Account account) {
        as(browser, base, account.user(), account.password());
    }

    public static void as(Browser browser, URL base, String user, String password) {
        browser.driver().get(base + "login.xhtml");
        browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("signin-button")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }
}
