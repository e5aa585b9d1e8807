package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;

/** "Report outdated" over HTTP: members report, editors list and handle, everyone else is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    private static String report(String type, String key, String comment) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("key", key)
                .add("comment", comment)
                .build()
                .toString();
    }

    private static JsonObject find(JsonArray reports, long id) {
        return reports.stream()
                .map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElse(null);
    }

    @Test
    void memberReports_editorSeesItInTheQueue_andMarksItHandled() {
        Api member = new Api(base).as(DemoAccounts.MEMBER);
        Api editor = new Api(base).as(DemoAccounts.EDITOR);
        String comment = "The EIO desk moved; the phone number answers no more. " + System.nanoTime();

        Api.Reply created = member.postJson("api/reports", report("contact", "se-rmk-eio-mla", comment));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("reportedBy")).isEqualTo(DemoAccounts.MEMBER.user());
        assertThat(created.json().getString("country")).isEqualTo("SE");

        Api.Reply queue = editor.get("api/reports");
        assertThat(queue.status()).isEqualTo(200);
        JsonArray open =
                Json.createReader(new java.io.StringReader(queue.body())).readArray();
        JsonObject listed = find(open, id);
        assertThat(listed).as("the new report is in the open queue").isNotNull();
        assertThat(listed.getString("comment")).isEqualTo(comment);
        assertThat(listed.getString("entryTitle")).contains("Swedish Prosecution Authority");
        assertThat(listed.getString("path")).isEqualTo("/directory/contact.xhtml?key=se-rmk-eio-mla");

        Api.Reply handled = editor.post("api/reports/" + id + "/handled", "application/json", "");
        assertThat(handled.status()).as(handled.toString()).isEqualTo(200);
        assertThat(handled.json().getString("handledBy")).isEqualTo(DemoAccounts.EDITOR.user());

        JsonArray openAfter = Json.createReader(
                        new java.io.StringReader(editor.get("api/reports").body()))
                .readArray();
        assertThat(find(openAfter, id))
                .as("handled reports leave the open queue")
                .isNull();
        JsonArray all = Json.createReader(new java.io.StringReader(
                        editor.get("api/reports?all=true").body()))
                .readArray();
        assertThat(find(all, id)).as("…but stay on record").isNotNull();
    }

    @Test
    void authoritiesAndResourcesCanBeReportedToo() {
        Api member = new Api(base).as(DemoAccounts.MEMBER);

        assertThat(member.postJson("api/reports", report("authority", "se-aklagarmyndigheten", "New website"))
                        .status())
                .isEqualTo(201);
        assertThat(member.postJson("api/reports", report("resource", "ejn", "Link broken"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void badReports_answer400or404WithAMessage() {
        Api member = new Api(base).as(DemoAccounts.MEMBER);

        Api.Reply badType = member.postJson("api/reports", report("planet", "se-rmk-eio-mla", "x"));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().getString("message")).contains("contact, authority or resource");

        Api.Reply blank = member.postJson("api/reports", report("contact", "se-rmk-eio-mla", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().getString("message")).contains("comment");

        Api.Reply tooLong = member.postJson("api/reports", report("contact", "se-rmk-eio-mla", "x".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(400);

        Api.Reply unknown = member.postJson("api/reports", report("contact", "no-such-contact", "x"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("message")).contains("no-such-contact");

        assertThat(member.postJson("api/reports", "{not json").status()).isEqualTo(400);
    }

    @Test
    void anonymousMayNotReport_membersMayNotReadTheQueue() {
        Api anonymous = new Api(base);
        Api member = new Api(base).as(DemoAccounts.MEMBER);

        assertThat(anonymous
                        .postJson("api/reports", report("contact", "se-rmk-eio-mla", "x"))
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.get("api/reports").status()).isEqualTo(401);
        assertThat(member.get("api/reports").status()).isEqualTo(403);
        assertThat(member.post("api/reports/1/handled", "application/json", "").status())
                .isEqualTo(403);
    }
}
