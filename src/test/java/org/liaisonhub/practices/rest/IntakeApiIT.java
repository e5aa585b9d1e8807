package org.liaisonhub.practices.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.practices.intake.QuestionnaireParserTest;
import org.liaisonhub.testing.Api;
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
        return mapping.getJsonArray("answers").stream().map(a -> a.asJsonObject())
                .filter(a -> a.getString("question").equals(question)).findFirst().orElseThrow().getString("answer");
    }

    @Test
    void editor_uploadsTheSwedishAnswerAndGetsItQuestionByQuestion() throws IOException {
        Api editor = new Api(base).as("editor", "editor-demo");
        byte[] text = QuestionnaireParserTest.sweden().getBytes(StandardCharsets.UTF_8);

        Api.Reply reply = editor.postBytes("api/intake?filename=sweden.txt", "text/plain", text);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject mapping = reply.json();
        assertThat(answerTo(mapping, "3")).startsWith("The Swedish Prosecution Authority has not developed");
        assertThat(answerTo(mapping, "8a")).startsWith("In my opinion the Globe one stop hub");
    }

    @Test
    void docxAndPdf_areReadInsideTheServerToo() throws IOException {
        Api editor = new Api(base).as("editor", "editor-demo");
        String text = QuestionnaireParserTest.sweden();

        for (var file : java.util.Map.of("sweden.docx", org.liaisonhub.practices.intake.DocumentTextTest.docx(text),
                "sweden.pdf", org.liaisonhub.practices.intake.DocumentTextTest.pdf(text)).entrySet()) {
            Api.Reply reply = editor.postBytes("api/intake?filename=" + file.getKey(), "application/octet-stream",
                    file.getValue());
            assertThat(reply.status()).as(file.getKey() + " " + reply).isEqualTo(200);
            assertThat(answerTo(reply.json(), "2")).as(file.getKey()).contains("European Judicial Network");
        }
    }

    @Test
    void unreadableFiles_answer400WithAMessage_andOnlyEditorsMayUpload() {
        Api editor = new Api(base).as("editor", "editor-demo");

        Api.Reply image = editor.postBytes("api/intake?filename=x.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.json().getString("message")).contains("DOCX, PDF");

        assertThat(new Api(base).postBytes("api/intake", "text/plain", new byte[] {'x'}).status()).isEqualTo(401);
        assertThat(new Api(base).as("member", "member-demo").postBytes("api/intake", "text/plain", new byte[] {'x'})
                .status()).isEqualTo(403);
    }
}
