package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonhub.practices.intake.DocumentTextTest;
import org.liaisonhub.practices.intake.QuestionnaireParserTest;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Browser;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.liaisonhub.testing.ServerSystemProperties;
import org.liaisonhub.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The editor's intake review in the browser: upload an answered questionnaire, review the mapping beside the
 * source text, correct it, publish it as a good practice. Unreadable, too large and conflicting uploads leave
 * nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class IntakeReviewPageIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    private Browser editorOnIntakePage() {
        Browser browser = Browser.open();
        SignIn.as(browser, base, DemoAccounts.EDITOR);
        browser.driver().get(base + "editorial/intake.xhtml");
        return browser;
    }

    private static void upload(Browser browser, Path file) {
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.id("upload-form:upload-button")).click();
    }

    private static WebElement answer(Browser browser, String question) {
        return browser.driver()
                .findElement(By.cssSelector("fieldset[id='answer-" + question + "'] textarea.answer-text"));
    }

    @Test
    void editor_uploadsTheSwedishDocx_correctsAnAnswer_andPublishesIt() throws IOException {
        Path docx = files.resolve("sweden.docx");
        Files.write(docx, DocumentTextTest.docx(QuestionnaireParserTest.sweden()));
        String key = "se-intake-review-" + System.nanoTime();
        try (Browser browser = editorOnIntakePage()) {
            upload(browser, docx);

            WebElement source =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("source-text")));
            assertThat(source.getText()).contains("European Judicial Network");
            assertThat(answer(browser, "2").getAttribute("value")).contains("European Judicial Network");
            assertThat(answer(browser, "3").getAttribute("value"))
                    .startsWith("The Swedish Prosecution Authority has not developed");
            assertThat(answer(browser, "8a").getAttribute("value")).startsWith("In my opinion the Globe one stop hub");
            browser.screenshot("intake-review");

            browser.driver().findElement(By.id("review:key")).sendKeys(key);
            browser.driver().findElement(By.id("review:title")).sendKeys("Sweden – reviewed intake");
            new Select(browser.driver().findElement(By.id("review:country"))).selectByValue("SE");
            browser.driver().findElement(By.id("review:year")).sendKeys("2023");
            answer(browser, "3").sendKeys(" Corrected by the editor.");
            browser.driver().findElement(By.id("review:publish-button")).click();

            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("published")));
            assertThat(browser.severeLogEntries()).isEmpty();
        }
        Api.Reply published = new Api(base).as(DemoAccounts.EDITOR).get("api/practices/" + key);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        JsonObject practice = published.json();
        assertThat(practice.getString("title")).isEqualTo("Sweden – reviewed intake");
        assertThat(practice.getString("sourceType")).isEqualTo("QUESTIONNAIRE_RESPONSE");
        assertThat(practice.getInt("year")).isEqualTo(2023);
        String answer3 = practice.getJsonArray("answers").stream()
                .map(a -> a.asJsonObject())
                .filter(a -> a.getString("question").equals("3"))
                .findFirst()
                .orElseThrow()
                .getString("answer");
        assertThat(answer3)
                .startsWith("The Swedish Prosecution Authority has not developed")
                .endsWith("Corrected by the editor.");
        assertThat(new Api(base)
                        .search("reviewed intake", "type=practice").json().getJsonArray("hits").stream()
                                .map(h -> h.asJsonObject().getString("key")))
                .as("indexed on commit")
                .contains(key);
    }

    @Test
    void unreadableFile_givesAClearMessage_andNothingIsImported() throws IOException {
        Path image = files.resolve("scan.png");
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        try (Browser browser = editorOnIntakePage()) {
            upload(browser, image);

            WebElement messages = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".message-error, .ui-messages-error, .ui-message-error")));
            assertThat(messages.getText()).containsAnyOf("nothing was imported", "DOCX");
            assertThat(browser.driver().findElements(By.id("source-text"))).isEmpty();
        }
    }

    @Test
    void fileOverTheLimit_isRefusedWithAMessage() throws IOException {
        Path big = files.resolve("huge.txt");
        byte[] line = "Question 2: lots of text that nobody would answer this long.\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (int written = 0; written <= 11 * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        try (Browser browser = editorOnIntakePage()) {
            upload(browser, big);

            browser.waiting()
                    .until(d -> d.getPageSource().contains("larger than 10 MiB")
                            || d.getPageSource().contains("too large"));
            assertThat(browser.driver().findElements(By.id("source-text"))).isEmpty();
        }
    }

    @Test
    void publishingUnderATakenKey_isRefused_andTheExistingPracticeIsUntouched() throws IOException {
        Path txt = files.resolve("sweden.txt");
        Files.writeString(txt, QuestionnaireParserTest.sweden());
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        String before = editor.get("api/practices/se-2023-ict-questionnaire").body();
        try (Browser browser = editorOnIntakePage()) {
            upload(browser, txt);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("source-text")));

            browser.driver().findElement(By.id("review:key")).sendKeys("se-2023-ict-questionnaire");
            browser.driver().findElement(By.id("review:title")).sendKeys("Should not replace the curated entry");
            new Select(browser.driver().findElement(By.id("review:country"))).selectByValue("SE");
            browser.driver().findElement(By.id("review:publish-button")).click();

            WebElement messages =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-messages")));
            assertThat(messages.getText()).contains("already exists");
            assertThat(browser.driver().findElements(By.id("source-text")))
                    .as("the review stays open")
                    .hasSize(1);
        }
        assertThat(editor.get("api/practices/se-2023-ict-questionnaire").body()).isEqualTo(before);
    }

    /** The intake limit, lowered at run time to a value no other test uses (a new limit starts a new count). */
    @Test
    void uploadsBeyondTheRateLimit_getAMessage_andTheFileIsNotRead() throws IOException {
        Path txt = files.resolve("sweden.txt");
        Files.writeString(txt, QuestionnaireParserTest.sweden());
        String configured = ServerSystemProperties.get("liaison.rate-limit.intake");
        ServerSystemProperties.set("liaison.rate-limit.intake", "2/hour");
        try (Browser browser = editorOnIntakePage()) {
            for (int i = 1; i <= 2; i++) {
                browser.driver().get(base + "editorial/intake.xhtml");
                upload(browser, txt);
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("source-text")));
            }
            browser.driver().get(base + "editorial/intake.xhtml");
            upload(browser, txt);

            WebElement messages =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-messages")));
            assertThat(messages.getText()).contains("Too many documents").contains("2/hour");
            assertThat(browser.driver().findElements(By.id("source-text"))).isEmpty();
        } finally {
            ServerSystemProperties.set("liaison.rate-limit.intake", configured);
        }
    }

    @Test
    void membersCannotOpenTheIntakePage() {
        try (Browser browser = Browser.open()) {
            SignIn.as(browser, base, DemoAccounts.MEMBER);
            browser.driver().get(base + "editorial/intake.xhtml");
            assertThat(browser.driver().findElements(By.cssSelector("input[type=file]")))
                    .isEmpty();
        }
    }
}
