package org.liaisonhub.testing;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the browser tests do on the editor page ({@code /editorial/edit.xhtml}): type, save, move, read. */
public final class EditorPage {

    private EditorPage() {}

    /** Replaces the text of the form field {@code field} ({@code edit:<field>}). */
    public static void type(WebDriver driver, String field, String value) {
        WebElement input = driver.findElement(By.id("edit:" + field));
        input.clear();
        input.sendKeys(value);
    }

    /** Presses Save and waits for the page that answers. */
    public static void save(Browser browser) {
        click(browser, By.id("edit:save"));
    }

    /** Presses the button of this CSS class (a workflow move such as {@code move-PUBLISHED}) and waits. */
    public static void click(Browser browser, String cssClass) {
        click(browser, By.className(cssClass));
    }

    /** The text of the element with this id, or "" where the page has none. */
    public static String text(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static void click(Browser browser, By button) {
        WebElement element = browser.driver().findElement(button);
        element.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(element));
    }
}
