package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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

/** POST /api/import over HTTP: found at once, no duplicates, and nothing at all from a bad document. */
@ExtendWith(ArquillianExtension.class)
class ImportApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    String word;

    @BeforeEach
    void setUp() {
        api = new Api(base).as(DemoAccounts.EDITOR);
        // A word no other test and no demo entry uses, so each test sees only its own entries.
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** One entry of each kind, all found by the word. */
    private ExchangeJson document(String word) {
        return ExchangeJson.document()
                .authority(word + "-auth", a -> a.name("Authority " + word)
                        .country("KE")
                        .kind("ANTI_CORRUPTION_AGENCY")
                        .networks("GlobE", "ARINEA")
                        .competences("MLA"))
                .contact(word + "-desk", c -> c.authority(word + "-auth")
                        .role("Desk " + word)
                        .email("desk@" + word + ".example.org")
                        .phone("+254 20 271 7318")
                        .languages("en", "sw")
                        .lastVerified("2026-05-01"))
                .resource(
                        word + "-tool", r -> r.name("Tool " + word).kind("TOOL").access("OPEN"))
                .practice(
                        word + "-practice",
                        p -> p.title("Practice " + word).country("KE").answer("2", "We use " + word + " daily."));
    }

    private int hitsFor(String q) {
        return api.search(q).json().getInt("total");
    }

    @Test
    void importedEntries_areFoundBySearchAtOnce() {
        Reply reply = api.postJson("api/import", document(word).toJson());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("created")).isEqualTo(4);
        JsonObject result = api.search(word).json();
        assertThat(result.getInt("total")).isEqualTo(4);
        assertThat(result.getJsonObject("facets").getJsonObject("type").keySet())
                .containsExactlyInAnyOrder("authority", "contact", "resource", "practice");
    }

    @Test
    void theSameDocumentAgain_createsNoDuplicates() {
        api.postJson("api/import", document(word).toJson());

        JsonObject again = api.postJson("api/import", document(word).toJson()).json();

        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(4);
        assertThat(hitsFor(word)).isEqualTo(4);
    }

    @Test
    void aChangedRecord_isUpdatedInPlace() {
        api.postJson("api/import", document(word).toJson());

        JsonObject again = api.postJson(
                        "api/import",
                        document(word)
                                .resource(word + "-tool", r -> r.name("Renamed tool " + word))
                                .toJson())
                .json();

        assertThat(again.getInt("updated")).isEqualTo(1);
        assertThat(api.get("api/resources/" + word + "-tool").json().getString("name"))
                .isEqualTo("Renamed tool " + word);
        assertThat(hitsFor(word)).isEqualTo(4);
    }

    @Test
    void anInvalidRecord_rejectsTheWholeDocumentListingEveryProblem() {
        String bad = document(word)
                .authority(word + "-auth", a -> a.country("XX"))
                .contact(word + "-desk", c -> c.email("desk(at)example"))
                .resource(word + "-tool", r -> r.kind("GADGET"))
                .toJson();

        Reply reply = api.postJson("api/import", bad);

        assertThat(reply.status()).isEqualTo(400);
        JsonObject error = reply.json();
        assertThat(error.getString("error")).isEqualTo("invalid-document");
        assertThat(error.getJsonArray("problems").stream()
                        .map(JsonValue::asJsonObject)
                        .map(p -> p.getString("key") + "/" + p.getString("field")))
                .contains(word + "-auth/country", word + "-desk/email", word + "-tool/kind");
        assertThat(hitsFor(word)).as("nothing imported").isZero();
    }

    @Test
    void aMissingRequiredField_isReportedByKeyAndField() {
        Reply reply = api.postJson(
                "api/import",
                document(word).contact(word + "-desk", c -> c.without("role")).toJson());

        assertThat(reply.status()).isEqualTo(400);
        JsonObject problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getString("section")).isEqualTo("contacts");
        assertThat(problem.getString("key")).isEqualTo(word + "-desk");
        assertThat(problem.getString("field")).isEqualTo("role");
        assertThat(hitsFor(word)).isZero();
    }

    @Test
    void aDanglingAuthorityKey_rejectsTheDocument() {
        Reply reply = api.postJson(
                "api/import",
                document(word)
                        .contact(word + "-desk", c -> c.authority("no-such-authority"))
                        .toJson());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("no-such-authority");
        assertThat(hitsFor(word)).isZero();
    }

    @Test
    void malformedJson_answers400WithWhereItBroke() {
        Reply reply = api.postJson("api/import", "{\"authorities\": [ {\"key\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("error")).isEqualTo("malformed-json");
        assertThat(reply.json().getString("message")).contains("line 1");
    }

    @Test
    void invalidUtf8_answers400() {
        byte[] body = "{\"authorities\": [{\"key\": \"a\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1);

        Reply reply = api.postBytes("api/import", "application/json", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("message")).contains("UTF-8");
    }

    @Test
    void aWrongContentType_answers415() {
        Reply reply = api.post("api/import", "text/plain", document(word).toJson());

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().getString("error")).isEqualTo("unsupported-media-type");
        assertThat(hitsFor(word)).isZero();
    }

    @Test
    void aBodyOverTheLimit_answers413() {
        String padding = "x".repeat(6 * 1024 * 1024);
        Reply reply = api.postJson(
                "api/import",
                ExchangeJson.document()
                        .set("authorities", List.of())
                        .set("pad", padding)
                        .toJson());

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().getString("message")).contains("5 MiB");
    }

    @Test
    void export_containsImportedPublicEntriesInTheExchangeFormat() {
        api.postJson("api/import", document(word).toJson());

        JsonObject export = new Api(base).get("api/export").json();

        assertThat(export.getString("format")).isEqualTo("liaison-exchange");
        assertThat(export.getJsonArray("contacts").stream()
                        .map(c -> c.asJsonObject().getString("key")))
                .contains(word + "-desk");
        assertThat(export.getJsonArray("contacts").stream()
                        .map(c -> c.asJsonObject().getString("visibility")))
                .containsOnly("PUBLIC");
    }

    // --- An import never fails open (issue 14, item 7) ---

    /** The word's tool; a null visibility or description is left out of the record. */
    private String resource(String visibility, String description) {
        return ExchangeJson.document()
                .resource(word + "-tool", r -> {
                    r.name("Tool " + word).kind("TOOL");
                    if (visibility != null) {
                        r.visibility(visibility);
                    }
                    if (description != null) {
                        r.description(description);
                    }
                })
                .toJson();
    }

    @Test
    void reimportLeavingOutVisibilityAndDescription_keepsTheStoredValues() {
        assertThat(api.postJson("api/import", resource("RESTRICTED", "Secret handbook " + word))
                        .status())
                .isEqualTo(200);

        Reply again = api.postJson("api/import", resource(null, null));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(new Api(base).get("api/resources/" + word + "-tool").status())
                .as("still hidden from anonymous")
                .isEqualTo(404);
        assertThat(new Api(base)
                        .as(DemoAccounts.MEMBER)
                        .get("api/resources/" + word + "-tool")
                        .status())
                .isEqualTo(404);
        JsonObject stored = api.get("api/resources/" + word + "-tool").json();
        assertThat(stored.getString("visibility")).isEqualTo("RESTRICTED");
        assertThat(stored.getString("description")).isEqualTo("Secret handbook " + word);
    }

    @Test
    void reimportLoweringVisibility_isRefusedWholeNamingEveryEntry_unlessConfirmed() {
        api.postJson(
                "api/import",
                ExchangeJson.document()
                        .resource(
                                word + "-tool",
                                r -> r.name("Tool " + word).kind("TOOL").visibility("RESTRICTED"))
                        .practice(
                                word + "-practice",
                                p -> p.title("Practice " + word).country("KE").visibility("MEMBERS"))
                        .toJson());
        String opened = ExchangeJson.document()
                .resource(
                        word + "-tool", r -> r.name("Tool " + word).kind("TOOL").visibility("MEMBERS"))
                .resource(word + "-new", r -> r.name("New " + word).kind("TOOL"))
                .practice(
                        word + "-practice",
                        p -> p.title("Practice " + word).country("KE").visibility("PUBLIC"))
                .toJson();

        Reply refused = api.postJson("api/import", opened);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        word + "-tool",
                        word + "-practice",
                        "RESTRICTED to MEMBERS",
                        "MEMBERS to PUBLIC",
                        "allowLowerVisibility=true")
                .doesNotContain("Exception");
        assertThat(api.get("api/resources/" + word + "-new").status())
                .as("nothing was written")
                .isEqualTo(404);
        assertThat(new Api(base).get("api/practices/" + word + "-practice").status())
                .isEqualTo(404);

        Reply confirmed = api.postJson("api/import?allowLowerVisibility=true", opened);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(new Api(base).get("api/practices/" + word + "-practice").status())
                .isEqualTo(200);
        assertThat(new Api(base)
                        .as(DemoAccounts.MEMBER)
                        .get("api/resources/" + word + "-tool")
                        .status())
                .isEqualTo(200);
    }

    /** The word's police authority with one desk, which the spec may give more members. */
    private String authorityWithDesk(Consumer<ExchangeJson.Contact> desk) {
        return ExchangeJson.document()
                .authority(
                        word + "-auth",
                        a -> a.name("Authority " + word).country("KE").kind("POLICE"))
                .contact(
                        word + "-desk",
                        c -> desk.accept(c.authority(word + "-auth").role("Desk " + word)))
                .toJson();
    }

    @Test
    void reimportLoweringPersonalDetailsVisibility_isRefused() {
        api.postJson("api/import", authorityWithDesk(c -> c.personName("Wanjiru " + word)
                .personalDetailsVisibility("MEMBERS")));

        Reply refused = api.postJson("api/import", authorityWithDesk(c -> c.personName("Wanjiru " + word)
                .personalDetailsVisibility("PUBLIC")));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains(word + "-desk", "personalDetailsVisibility", "MEMBERS to PUBLIC");
        assertThat(new Api(base).get("api/contacts/" + word + "-desk").body()).doesNotContain("Wanjiru");
    }

    @Test
    void reimportWithoutPersonalFields_keepsThePersonName() {
        api.postJson("api/import", authorityWithDesk(c -> c.personName("Wanjiru " + word)
                .phone("+254 20 271 7318")));

        // What an export for someone who may not see the person looks like: the personal fields left out.
        Reply again = api.postJson("api/import", authorityWithDesk(c -> {}));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(api.get("api/contacts/" + word + "-desk").body()).contains("Wanjiru " + word, "+254202717318");
    }

    @Test
    void importedDescriptionWithScript_isSanitisedBeforeItIsStored() {
        String payload = "<p>Handbook " + word + "</p><script>window.__xss=1</script>"
                + "<img src=x onerror=alert(1)><a href='javascript:alert(1)'>link</a>";

        Reply reply = api.postJson("api/import", resource(null, payload));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String stored = api.get("api/resources/" + word + "-tool").json().getString("description");
        assertThat(stored).contains("Handbook " + word).doesNotContain("<script", "onerror", "javascript:", "<img");
        assertThat(api.get("api/export").body()).doesNotContain("window.__xss");
    }

    @Test
    void publicContactOfAMembersAuthority_isRefusedNamingBothLevels() {
        Reply reply = api.postJson(
                "api/import",
                ExchangeJson.document()
                        .authority(word + "-auth", a -> a.name("Authority " + word)
                                .country("KE")
                                .kind("POLICE")
                                .visibility("MEMBERS"))
                        .contact(word + "-desk", c -> c.authority(word + "-auth")
                                .role("Desk " + word)
                                .visibility("PUBLIC"))
                        .toJson());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        JsonObject problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getString("key")).isEqualTo(word + "-desk");
        assertThat(problem.getString("field")).isEqualTo("visibility");
        assertThat(problem.getString("message")).contains("PUBLIC", "MEMBERS", word + "-auth");
        assertThat(api.get("api/authorities/" + word + "-auth").status())
                .as("nothing was written")
                .isEqualTo(404);
    }

    @Test
    void newContactWithoutVisibility_takesItsAuthoritysLevel() {
        Reply reply = api.postJson(
                "api/import",
                ExchangeJson.document()
                        .authority(word + "-auth", a -> a.name("Authority " + word)
                                .country("KE")
                                .kind("POLICE")
                                .visibility("RESTRICTED"))
                        .contact(
                                word + "-desk", c -> c.authority(word + "-auth").role("Desk " + word))
                        .toJson());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(api.get("api/contacts/" + word + "-desk").json().getString("visibility"))
                .isEqualTo("RESTRICTED");
    }

    @Test
    void anUnknownAllowLowerVisibilityValue_answers400() {
        Reply reply = api.postJson("api/import?allowLowerVisibility=yes", resource(null, null));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("allowLowerVisibility").doesNotContain("Exception");
        assertThat(api.get("api/resources/" + word + "-tool").status()).isEqualTo(404);
    }
}
