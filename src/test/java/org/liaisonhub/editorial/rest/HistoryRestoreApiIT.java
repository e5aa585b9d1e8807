package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import org.liaisonhub.testing.Api.Reply;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * {@code POST /api/history/{type}/{key}/restore} over HTTP: a restore is checked against the version the editor
 * saw, like a save in the edit form, so it never overwrites a change made after they looked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryRestoreApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api editor;
    Api admin;
    String word;

    @BeforeEach
    void setUp() {
        editor = new Api(base).as(DemoAccounts.EDITOR);
        admin = new Api(base).as(DemoAccounts.ADMIN);
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String resource(String name) {
        return ExchangeJson.document()
                .resource(word + "-tool", r -> r.name(name).kind("TOOL"))
                .toJson();
    }

    private long version() {
        return editor.get("api/editorial/resource/" + word + "-tool")
                .json()
                .getJsonNumber("version")
                .longValue();
    }

    /** The oldest revision of the entry (its creation). */
    private long firstRevision() {
        JsonArray history = editor.get("api/history/resource/" + word + "-tool").jsonArray();
        return history.getJsonObject(history.size() - 1)
                .getJsonNumber("revision")
                .longValue();
    }

    private Reply restore(long revision, long version) {
        return editor.post(
                "api/history/resource/" + word + "-tool/restore",
                "application/x-www-form-urlencoded",
                "revision=" + revision + "&version=" + version);
    }

    @Test
    void restoreAfterSomeoneElseSaved_isRefusedWith409_andWritesNothing() {
        editor.postJson("api/import", resource("First " + word));
        editor.postJson("api/import", resource("Second " + word));
        long seen = version();
        long revision = firstRevision();
        int revisionsBefore =
                editor.get("api/history/resource/" + word + "-tool").jsonArray().size();

        // Someone else saves between the editor opening the history and clicking "restore".
        assertThat(admin.postJson("api/import", resource("Third " + word)).status())
                .isEqualTo(200);
        Reply reply = restore(revision, seen);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        JsonObject conflict = reply.json();
        assertThat(conflict.getString("error")).isEqualTo("conflict");
        assertThat(conflict.getJsonNumber("yourVersion").longValue()).isEqualTo(seen);
        assertThat(conflict.getJsonNumber("currentVersion").longValue()).isGreaterThan(seen);
        assertThat(conflict.getString("changedBy")).isNotBlank();
        assertThat(conflict.getString("changedAt")).isNotBlank();
        assertThat(editor.get("api/resources/" + word + "-tool").json().getString("name"))
                .isEqualTo("Third " + word);
        assertThat(editor.get("api/history/resource/" + word + "-tool").jsonArray())
                .as("no new revision")
                .hasSize(revisionsBefore + 1);
    }

    @Test
    void restoreOfTheVersionSeen_savesTheOldContent() {
        editor.postJson("api/import", resource("First " + word));
        editor.postJson("api/import", resource("Second " + word));

        Reply reply = restore(firstRevision(), version());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(editor.get("api/resources/" + word + "-tool").json().getString("name"))
                .isEqualTo("First " + word);
    }

    @Test
    void restoreWithoutTheVersionSeen_answers400() {
        editor.postJson("api/import", resource("First " + word));

        Reply reply = editor.post(
                "api/history/resource/" + word + "-tool/restore",
                "application/x-www-form-urlencoded",
                "revision=" + firstRevision());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("version").doesNotContain("Exception");
    }

    @Test
    void restoreByAMember_isForbidden() {
        editor.postJson("api/import", resource("First " + word));

        Reply reply = new Api(base)
                .as(DemoAccounts.MEMBER)
                .post(
                        "api/history/resource/" + word + "-tool/restore",
                        "application/x-www-form-urlencoded",
                        "revision=" + firstRevision() + "&version=" + version());

        assertThat(reply.status()).isEqualTo(403);
    }
}
