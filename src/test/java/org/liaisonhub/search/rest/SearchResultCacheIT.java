package org.liaisonhub.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
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
 * The search result cache over HTTP, on the WAR and server configuration every other test uses (so the access
 * matrix and the search features run with the cache on): repeated searches are answered from the cache
 * (the admin's statistics count the hits), a write shows in the very next search, and viewers who see different
 * things never get each other's answers, whichever asks first.
 */
@ExtendWith(ArquillianExtension.class)
class SearchResultCacheIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api anonymous;
    Api member;
    Api editor;
    Api admin;
    String word;

    @BeforeEach
    void setUp() {
        anonymous = new Api(base);
        member = new Api(base).as(DemoAccounts.MEMBER);
        editor = new Api(base).as(DemoAccounts.EDITOR);
        admin = new Api(base).as(DemoAccounts.ADMIN);
        word = randomWord();
    }

    /** Letters only, unlike any dictionary word, so did-you-mean and typo tolerance cannot reach other entries. */
    private static String randomWord() {
        StringBuilder letters = new StringBuilder("rc");
        UUID.randomUUID()
                .toString()
                .replace("-", "")
                .chars()
                .limit(10)
                .forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }

    private String contacts(String role, String visibility) {
        return ExchangeJson.document()
                .authority(word + "-auth", a -> a.name("Authority " + word)
                        .country("MT")
                        .kind("CENTRAL_AUTHORITY")
                        .competences("MLA"))
                .contact(word + "-desk", c -> c.authority(word + "-auth")
                        .role(role)
                        .visibility(visibility)
                        .languages("en"))
                .toJson();
    }

    private void importAs(Api who, String document, String query) {
        Reply reply = who.postJson("api/import" + query, document);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static List<String> keys(Api who, String q) {
        Reply reply = who.search(q);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("hits").stream()
                .map(JsonValue::asJsonObject)
                .map(h -> h.getString("key"))
                .toList();
    }

    private long cacheHits() {
        Reply reply = admin.get("api/admin/search-cache");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonNumber("hits").longValue();
    }

    @Test
    void repeatedSearch_isAnsweredFromTheCache_withTheSameAnswer() {
        long before = cacheHits();

        String first = anonymous.search("asset recovery").body();
        String again = anonymous.search("asset recovery").body();

        assertThat(again).isEqualTo(first);
        assertThat(cacheHits()).isGreaterThan(before);
    }

    @Test
    void statistics_areForAdminsOnly() {
        assertThat(anonymous.get("api/admin/search-cache").status()).isIn(401, 403);
        assertThat(member.get("api/admin/search-cache").status()).isEqualTo(403);
        JsonObject stats = admin.get("api/admin/search-cache").json();
        assertThat(stats.keySet()).contains("hits", "misses", "entries", "maxEntryBytes");
    }

    @Test
    void writes_showInTheVeryNextSearch_createEditAndArchive() {
        String renamed = randomWord();
        assertThat(keys(anonymous, word)).isEmpty();
        assertThat(keys(anonymous, word))
                .as("asked twice: the empty answer is cached")
                .isEmpty();

        importAs(editor, contacts("Desk " + word, "PUBLIC"), "");
        assertThat(keys(anonymous, word)).contains(word + "-desk", word + "-auth");

        assertThat(keys(anonymous, renamed)).isEmpty();
        importAs(editor, contacts("Desk " + word + " " + renamed, "PUBLIC"), "");
        assertThat(keys(anonymous, renamed)).containsExactly(word + "-desk");

        String desk = "api/editorial/contact/" + word + "-desk";
        long version = editor.get(desk).json().getJsonNumber("version").longValue();
        Reply archived =
                editor.post(desk + "/status", "application/x-www-form-urlencoded", "to=ARCHIVED&version=" + version);
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(keys(anonymous, renamed)).isEmpty();
        assertThat(keys(anonymous, word)).containsExactly(word + "-auth");
    }

    @Test
    void membersAnswer_isNeverServedToAnonymous_memberFirst() {
        importAs(editor, contacts("Desk " + word, "MEMBERS"), "");

        for (int i = 0; i < 2; i++) {
            assertThat(keys(member, word)).contains(word + "-desk");
            assertThat(keys(anonymous, word)).doesNotContain(word + "-desk");
        }
    }

    @Test
    void anonymousAnswer_isNeverServedToMembers_anonymousFirst() {
        importAs(editor, contacts("Desk " + word, "MEMBERS"), "");

        for (int i = 0; i < 2; i++) {
            assertThat(keys(anonymous, word)).doesNotContain(word + "-desk");
            assertThat(keys(member, word)).contains(word + "-desk");
        }
    }

    @Test
    void editorsDraftView_isNeverServedToReaders_inEitherOrder() {
        importAs(editor, contacts("Desk " + word, "PUBLIC"), "?status=draft");

        for (int i = 0; i < 2; i++) {
            assertThat(keys(editor, word)).contains(word + "-desk", word + "-auth");
            assertThat(keys(member, word)).isEmpty();
            assertThat(keys(anonymous, word)).isEmpty();
        }
        String other = randomWord();
        word = other;
        importAs(editor, contacts("Desk " + other, "PUBLIC"), "?status=draft");
        for (int i = 0; i < 2; i++) {
            assertThat(keys(anonymous, other)).isEmpty();
            assertThat(keys(member, other)).isEmpty();
            assertThat(keys(editor, other)).contains(other + "-desk", other + "-auth");
        }
    }

    @Test
    void suggestions_followWritesAndViewers() {
        String prefix = word.substring(0, 8);
        assertThat(anonymous.get("api/suggest?q=" + prefix).body()).doesNotContain(word);

        importAs(editor, contacts("Desk " + word, "MEMBERS"), "");

        assertThat(anonymous.get("api/suggest?q=" + prefix).body())
                .contains(word + "-auth")
                .doesNotContain(word + "-desk");
        assertThat(member.get("api/suggest?q=" + prefix).body()).contains(word + "-desk");
        assertThat(anonymous.get("api/suggest?q=" + prefix).body()).doesNotContain(word + "-desk");
    }
}
