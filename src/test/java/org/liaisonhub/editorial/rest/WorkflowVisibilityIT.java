package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
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
 * The editorial workflow as readers meet it: a draft (imported with {@code ?status=draft}) is absent for
 * anonymous visitors and members — hits, totals, facet counts, detail endpoints and pages, export, finder —
 * and present for editors; publishing it makes it visible, archiving hides it again.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowVisibilityIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api anonymous;
    Api member;
    Api editor;
    String word;

    @BeforeEach
    void setUp() {
        anonymous = new Api(base);
        member = new Api(base).as(DemoAccounts.MEMBER);
        editor = new Api(base).as(DemoAccounts.EDITOR);
        word = "wf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String document() {
        return ExchangeJson.document()
                .authority(word + "-auth", a -> a.name("Authority " + word)
                        .country("MT")
                        .kind("CENTRAL_AUTHORITY")
                        .competences("MLA"))
                .contact(word + "-desk", c -> c.authority(word + "-auth")
                        .role("Desk " + word)
                        .email("desk@" + word + ".example.org")
                        .languages("en")
                        .networks("EJN"))
                .resource(
                        word + "-tool", r -> r.name("Tool " + word).kind("TOOL").access("OPEN"))
                .practice(
                        word + "-practice",
                        p -> p.title("Practice " + word).country("MT").answer("2", "We use " + word + " daily."))
                .toJson();
    }

    private void importAsDraft() {
        Reply reply = editor.postJson("api/import?status=draft", document());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("created")).isEqualTo(4);
    }

    @Test
    void drafts_areInvisibleToAnonymousAndMembers_inHitsTotalsAndFacets() {
        importAsDraft();

        for (Api reader : new Api[] {anonymous, member}) {
            var result = reader.search(word).json();
            assertThat(result.getInt("total")).isZero();
            assertThat(result.getJsonArray("hits")).isEmpty();
            assertThat(result.getJsonObject("facets").getJsonObject("type").keySet())
                    .isEmpty();
        }
        assertThat(editor.search(word).json().getInt("total")).isEqualTo(4);
    }

    @Test
    void drafts_answer404ToReaders_onEveryDetailEndpointAndPage_andShowToEditors() {
        importAsDraft();
        String[] apiPaths = {
            "api/authorities/" + word + "-auth",
            "api/contacts/" + word + "-desk",
            "api/resources/" + word + "-tool",
            "api/practices/" + word + "-practice",
            "api/contacts/" + word + "-desk/vcard"
        };
        String[] pages = {
            "directory/authority.xhtml?key=" + word + "-auth",
            "directory/contact.xhtml?key=" + word + "-desk",
            "resources/resource.xhtml?key=" + word + "-tool",
            "practices/practice.xhtml?key=" + word + "-practice"
        };
        for (Api reader : new Api[] {anonymous, member}) {
            for (String path : apiPaths) {
                assertThat(reader.get(path).status()).as(path).isEqualTo(404);
            }
            for (String page : pages) {
                assertThat(reader.get(page).status()).as(page).isEqualTo(404);
            }
        }
        for (String path : apiPaths) {
            assertThat(editor.get(path).status()).as(path).isEqualTo(200);
        }
        for (String page : pages) {
            assertThat(editor.get(page).status()).as(page).isEqualTo(200);
        }
    }

    @Test
    void drafts_areLeftOutOfReadersExportsAndTheFinder() {
        importAsDraft();

        assertThat(member.get("api/export").body()).doesNotContain(word);
        assertThat(anonymous.get("api/finder?country=MT&need=MLA").body()).doesNotContain(word);
        assertThat(editor.get("api/export").body())
                .contains(word + "-auth", word + "-desk", word + "-tool", word + "-practice");
        assertThat(editor.get("api/finder?country=MT&need=MLA").body()).contains(word);
    }

    @Test
    void publishing_makesTheEntryVisible_andArchivingHidesItAgain() {
        importAsDraft();
        String auth = "api/editorial/authority/" + word + "-auth";
        long version = editor.get(auth).json().getJsonNumber("version").longValue();

        Reply published =
                editor.post(auth + "/status", "application/x-www-form-urlencoded", "to=PUBLISHED&version=" + version);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.json().getString("updatedBy")).isEqualTo(DemoAccounts.EDITOR.user());
        assertThat(anonymous.get("api/authorities/" + word + "-auth").status()).isEqualTo(200);
        assertThat(anonymous.search(word).json().getInt("total"))
                .as("the authority only; its contact is a draft")
                .isEqualTo(1);

        long next = published.json().getJsonNumber("version").longValue();
        Reply archived =
                editor.post(auth + "/status", "application/x-www-form-urlencoded", "to=ARCHIVED&version=" + next);
        assertThat(archived.json().getString("status")).isEqualTo("ARCHIVED");
        assertThat(anonymous.get("api/authorities/" + word + "-auth").status()).isEqualTo(404);
        assertThat(anonymous.search(word).json().getInt("total")).isZero();
    }

    @Test
    void everyWorkflowMove_isInTheHistory_withWhoAndTheStatusChange_andReadersCannotSeeIt() {
        importAsDraft();
        String auth = "api/editorial/authority/" + word + "-auth";
        long version = editor.get(auth).json().getJsonNumber("version").longValue();
        editor.post(auth + "/status", "application/x-www-form-urlencoded", "to=IN_REVIEW&version=" + version);

        Reply history = editor.get("api/history/authority/" + word + "-auth");

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        var revisions = history.jsonArray();
        assertThat(revisions).as("created, then moved to review").hasSize(2);
        var newest = revisions.getJsonObject(0);
        assertThat(newest.getString("who")).isEqualTo(DemoAccounts.EDITOR.user());
        assertThat(newest.getBoolean("created")).isFalse();
        assertThat(newest.getJsonArray("changes").getValuesAs(jakarta.json.JsonObject.class))
                .anySatisfy(change -> {
                    assertThat(change.getString("field")).isEqualTo("status");
                    assertThat(change.getString("before")).isEqualTo("DRAFT");
                    assertThat(change.getString("after")).isEqualTo("IN_REVIEW");
                });
        assertThat(revisions.getJsonObject(1).getBoolean("created")).isTrue();
        assertThat(member.get("api/history/authority/" + word + "-auth").status())
                .isEqualTo(403);
        assertThat(anonymous.get("api/history/authority/" + word + "-auth").status())
                .isEqualTo(401);
    }

    @Test
    void aContactOfADraftAuthority_staysHiddenEvenWhenPublished() {
        importAsDraft();
        String desk = "api/editorial/contact/" + word + "-desk";
        long version = editor.get(desk).json().getJsonNumber("version").longValue();

        editor.post(desk + "/status", "application/x-www-form-urlencoded", "to=PUBLISHED&version=" + version);

        assertThat(anonymous.get("api/contacts/" + word + "-desk").status()).isEqualTo(404);
        assertThat(anonymous.search(word, "type=contact").json().getInt("total"))
                .isZero();
    }

    @Test
    void aWorkflowMoveWithAStaleVersion_isRefusedWith409_andSaysWhoChangedIt() {
        importAsDraft();
        String auth = "api/editorial/authority/" + word + "-auth";
        long version = editor.get(auth).json().getJsonNumber("version").longValue();
        editor.post(auth + "/status", "application/x-www-form-urlencoded", "to=IN_REVIEW&version=" + version);

        Reply stale =
                editor.post(auth + "/status", "application/x-www-form-urlencoded", "to=PUBLISHED&version=" + version);

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().getString("error")).isEqualTo("conflict");
        assertThat(stale.json().getString("changedBy")).isEqualTo(DemoAccounts.EDITOR.user());
        assertThat(editor.get(auth).json().getString("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void aMoveTheWorkflowDoesNotAllow_isRefusedWith409() {
        importAsDraft();
        String auth = "api/editorial/authority/" + word + "-auth";
        long version = editor.get(auth).json().getJsonNumber("version").longValue();

        Reply refused =
                editor.post(auth + "/status", "application/x-www-form-urlencoded", "to=ARCHIVED&version=" + version);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("message")).contains("DRAFT", "ARCHIVED");
    }

    @Test
    void theEditorialApi_isForEditorsOnly() {
        importAsDraft();
        String auth = "api/editorial/authority/" + word + "-auth";

        assertThat(anonymous.get(auth).status()).isEqualTo(401);
        assertThat(member.get(auth).status()).isEqualTo(403);
        assertThat(editor.get(auth).status()).isEqualTo(200);
    }

    @Test
    void importStatus_defaultsToPublished_andRejectsUnknownValues() {
        Reply bad = editor.postJson("api/import?status=secret", document());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("message")).contains("status=draft");

        editor.postJson("api/import", document());
        assertThat(anonymous.search(word).json().getInt("total")).isEqualTo(4);
    }
}
