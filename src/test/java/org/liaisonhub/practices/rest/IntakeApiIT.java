package org.liaisonhub.practices.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.practices.intake.QuestionnaireParserTest;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;

/** Questionnaire intake over HTTP, inside the server (where Tika runs on WildFly's class loading). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    private static String answerTo(JsonObject mapping, String question) {
        return mapping.getJsonArray("answers").stream()
                .map(a -> a.asJsonObject())
                .filter(a -> a.getString("question").equals(question))
                .findFirst()
                .orElseThrow()
                .getString("answer");
    }

    @Test
    void editor_uploadsTheSwedishAnswerAndGetsItQuestionByQuestion() throws IOException {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        byte[] text = QuestionnaireParserTest.sweden().getBytes(StandardCharsets.UTF_8);

        Api.Reply reply = editor.postBytes("api/intake?filename=sweden.txt", "text/plain", text);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject mapping = reply.json();
        assertThat(answerTo(mapping, "3")).startsWith("The Swedish Prosecution Authority has not developed");
        assertThat(answerTo(mapping, "8a")).startsWith("In my opinion the Globe one stop hub");
    }

    @Test
    void docxAndPdf_areReadInsideTheServerToo() throws IOException {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        String text = QuestionnaireParserTest.sweden();

        for (var file : java.util.Map.of(
                        "sweden.docx",
                        org.liaisonhub.practices.intake.DocumentTextTest.docx(text),
                        "sweden.pdf",
                        org.liaisonhub.practices.intake.DocumentTextTest.pdf(text))
                .entrySet()) {
            Api.Reply reply = editor.postBytes(
                    "api/intake?filename=" + file.getKey(), "application/octet-stream", file.getValue());
            assertThat(reply.status()).as(file.getKey() + " " + reply).isEqualTo(200);
            assertThat(answerTo(reply.json(), "2")).as(file.getKey()).contains("European Judicial Network");
        }
    }

    @Test
    void unreadableFiles_answer400WithAMessage_andOnlyEditorsMayUpload() {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);

        Api.Reply image = editor.postBytes("api/intake?filename=x.png", "image/png", new byte[] {
            (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13
        });
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.json().getString("message")).contains("DOCX, PDF");

        assertThat(new Api(base)
                        .postBytes("api/intake", "text/plain", new byte[] {'x'})
                        .status())
                .isEqualTo(401);
        assertThat(new Api(base)
                        .as(DemoAccounts.MEMBER)
                        .postBytes("api/intake", "text/plain", new byte[] {'x'})
                        .status())
                .isEqualTo(403);
    }

    /** Over a million characters of varied words: compresses like real text, so only our own limit stops it. */
    private static String longAnswer() {
        java.util.Random random = new java.util.Random(42);
        StringBuilder text = new StringBuilder();
        while (text.length() <= org.liaisonhub.practices.intake.DocumentText.MAX_TEXT_CHARS + 10_000) {
            for (int word = 0; word < 150; word++) {
                int length = 2 + random.nextInt(9);
                for (int i = 0; i < length; i++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                text.append(' ');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    @Test
    void docxWithMoreTextThanTheLimit_answers400WithTheLimit() throws IOException {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        byte[] docx = org.liaisonhub.practices.intake.DocumentTextTest.docx(longAnswer());

        Api.Reply reply = editor.postBytes("api/intake?filename=long.docx", "application/octet-stream", docx);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getString("message")).contains("more than 1,000,000 characters");
    }

    @Test
    void zipBombLikeDocx_answers400WithAMessage_notA500() throws IOException {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        byte[] bomb = org.liaisonhub.practices.intake.DocumentTextTest.docx("A".repeat(20_000_000));

        Api.Reply reply = editor.postBytes("api/intake?filename=bomb.docx", "application/octet-stream", bomb);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getString("message")).contains("zip bomb");
    }

    @Test
    void textFileWithMoreTextThanTheLimit_answers400() {
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        byte[] text = longAnswer().getBytes(StandardCharsets.UTF_8);

        Api.Reply reply = editor.postBytes("api/intake?filename=long.txt", "text/plain", text);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getString("message")).contains("characters of text");
    }
}
