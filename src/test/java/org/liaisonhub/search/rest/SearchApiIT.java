package org.liaisonhub.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Api.Reply;
import org.liaisonhub.testing.LiaisonDeployments;

/** The search API over HTTP, against the deployed application with its demo data. */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    private static List<String> keys(JsonObject result) {
        return result.getJsonArray("hits").stream()
                .map(JsonValue::asJsonObject)
                .map(h -> h.getString("key"))
                .toList();
    }

    @Test
    void eio_findsTheSwedishQuestionnaireResponse() {
        // Among the good practices: on the unified first page, the authorities, contact points and procedure sheets
        // that name the EIO come first.
        Reply reply = api.search("EIO", "type=practice");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(keys(reply.json())).contains("se-2023-ict-questionnaire");
        assertThat(keys(api.search("EIO").json())).contains("se-eio", "fr-eio");
    }

    @Test
    void threema_findsGlobeThreemaFirst() {
        JsonObject result = api.search("Threema").json();

        JsonObject first = result.getJsonArray("hits").getJsonObject(0);
        assertThat(first.getString("title")).isEqualTo("GlobE Threema");
        assertThat(first.getString("type")).isEqualTo("resource");
        assertThat(first.getString("url")).isEqualTo("/resources/resource.xhtml?key=globe-threema");
    }

    /** {@code text;dur=0.12, lucene;dur=0.80, …, total;dur=1.50}: the parts in milliseconds, two decimals. */
    private static final String TIMING = "(\\w+;dur=\\d+\\.\\d\\d, )*total;dur=\\d+\\.\\d\\d";

    private static java.util.Map<String, Double> timing(Reply reply) {
        String header = reply.header("Server-Timing");
        assertThat(header).as("Server-Timing header").isNotNull().matches(TIMING);
        java.util.Map<String, Double> parts = new java.util.LinkedHashMap<>();
        for (String part : header.split(", ")) {
            parts.put(part.substring(0, part.indexOf(';')), Double.valueOf(part.substring(part.indexOf('=') + 1)));
        }
        return parts;
    }

    @Test
    void search_carriesItsServerTimeByPart() {
        Reply reply = api.search("asset recovery", "country=SE");

        assertThat(reply.status()).isEqualTo(200);
        java.util.Map<String, Double> parts = timing(reply);
        assertThat(parts.keySet())
                .containsExactly("text", "lucene", "facets", "spelling", "highlight", "json", "total");
        double sum = parts.entrySet().stream()
                .filter(e -> !e.getKey().equals("total"))
                .mapToDouble(java.util.Map.Entry::getValue)
                .sum();
        // The parts happen within the request (rounding to hundredths aside).
        assertThat(parts.get("total")).isGreaterThanOrEqualTo(sum - 0.06);
        assertThat(reply.json().getJsonArray("hits")).isNotEmpty(); // the held body arrives whole
        assertThat(reply.header("Content-Length"))
                .isEqualTo(String.valueOf(reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }

    @Test
    void suggest_andRefusedSearches_carryATotalToo() {
        Reply suggest = api.get("/api/suggest?q=eur");
        Reply refused = api.search("x", "page=0");

        assertThat(suggest.status()).isEqualTo(200);
        assertThat(timing(suggest)).containsKeys("lucene", "json", "total");
        assertThat(suggest.jsonArray()).isNotEmpty();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(timing(refused)).containsKey("total");
        assertThat(refused.json().getString("message")).isNotBlank();
    }

    @Test
    void hit_hasTheDocumentedFields() {
        JsonObject hit =
                api.search("Åklagarmyndigheten").json().getJsonArray("hits").getJsonObject(0);

        assertThat(hit.keySet()).contains("type", "key", "title", "snippet", "country", "url");
        assertThat(hit.getString("country")).isEqualTo("SE");
    }

    @Test
    void blankQuery_browsesAlphabetically() {
        JsonObject result = api.search("", "size=30").json();

        List<String> titles = result.getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getString("title").toLowerCase(java.util.Locale.ROOT))
                .toList();
        assertThat(result.getInt("total")).isGreaterThan(100);
        assertThat(titles).hasSize(30);
        List<String> folded = titles.stream()
                .map(t -> java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", ""))
                .toList();
        List<String> sorted = new ArrayList<>(folded);
        sorted.sort(null);
        assertThat(folded).isEqualTo(sorted);
    }

    @Test
    void typeFacet_countsAddUpToTheTotalAndFollowTheQuery() {
        JsonObject all = api.search("prosecution").json();
        long sum = all.getJsonObject("facets").getJsonObject("type").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
                .sum();
        assertThat(sum).isEqualTo(all.getInt("total"));

        JsonObject contacts = api.search("prosecution", "type=contact").json();
        assertThat(contacts.getInt("total"))
                .isEqualTo(all.getJsonObject("facets").getJsonObject("type").getInt("contact"));
        assertThat(contacts.getJsonArray("hits"))
                .allSatisfy(h -> assertThat(h.asJsonObject().getString("type")).isEqualTo("contact"));
        // Multi-select: the type facet still counts the other types while one is selected.
        assertThat(contacts.getJsonObject("facets").getJsonObject("type"))
                .isEqualTo(all.getJsonObject("facets").getJsonObject("type"));
    }

    @Test
    void countryFilter_keepsOnlyThatCountry() {
        JsonObject result = api.search("", "country=SE", "size=100").json();

        assertThat(result.getInt("total")).isPositive();
        assertThat(result.getJsonArray("hits"))
                .allSatisfy(
                        h -> assertThat(h.asJsonObject().getString("country")).isEqualTo("SE"));
        assertThat(result.getJsonObject("facets").getJsonObject("country").getInt("SE"))
                .isEqualTo(result.getInt("total"));
    }

    @Test
    void paging_isStableAndDisjoint() {
        Set<String> seen = new HashSet<>();
        int total = api.search("", "size=25").json().getInt("total");
        for (int page = 1; page <= (total + 24) / 25; page++) {
            List<String> keys = api.search("", "size=25", "page=" + page).json().getJsonArray("hits").stream()
                    .map(h -> h.asJsonObject().getString("type") + ":"
                            + h.asJsonObject().getString("key"))
                    .toList();
            for (String key : keys) {
                assertThat(seen.add(key)).as("%s seen twice", key).isTrue();
            }
        }
        assertThat(seen).hasSize(total);
    }

    @Test
    void hostileQueries_neverFailOnTheServer() {
        List<String> hostile = List.of(
                "\"",
                "*",
                "AND(",
                "OR",
                "-",
                "((((",
                "\\",
                "~",
                "\"unterminated",
                "a AND",
                "NOT NOT",
                "+-+-",
                "title:x",
                "*:*",
                "?",
                "[",
                "{!}",
                "🙂",
                "مكتب النائب العام",
                "最高人民检察院",
                "\u202Eevil",
                "x\u0000y",
                "%",
                "'; drop table authority; --",
                "<script>alert(1)</script>",
                "a".repeat(500),
                "word ".repeat(40),
                "x".repeat(10_000));
        for (String q : hostile) {
            Reply reply = api.search(q);
            assertThat(reply.status())
                    .as("q=%s → %s", q.length() > 40 ? q.substring(0, 40) : q, reply)
                    .isIn(200, 400);
            assertThat(reply.json().containsKey(reply.status() == 200 ? "hits" : "message"))
                    .isTrue();
        }
    }

    @Test
    void badParameters_answer400WithAMessage() {
        for (String params : List.of("type=person", "country=XX", "page=0", "page=abc", "size=1000", "sort=x")) {
            Reply reply = api.get("api/search?q=x&" + params);
            assertThat(reply.status()).as(params).isEqualTo(400);
            assertThat(reply.json().getString("message")).isNotBlank();
        }
    }

    @Test
    void restrictedAndMembersContacts_areNotShownToAnonymousUsers() {
        JsonObject result = api.search("", "type=contact", "size=100").json();

        assertThat(result.getInt("total")).isPositive();
        assertThat(keys(result)).doesNotContain("de-bka-ncb", "gb-sfo-globe", "se-rmk-globe-focal-point");
        assertThat(api.get("api/contacts/de-bka-ncb").status()).isEqualTo(404);
        assertThat(api.get("api/contacts/se-rmk-globe-focal-point").status()).isEqualTo(404);
    }

    @Test
    void detailEndpoints_answerForKnownKeysAnd404ForUnknown() {
        assertThat(api.get("api/resources/globe-threema").json().getString("name"))
                .isEqualTo("GlobE Threema");
        assertThat(api.get("api/practices/se-2023-ict-questionnaire").json().getJsonArray("answers"))
                .isNotEmpty();
        for (String path :
                List.of("api/authorities/nope", "api/contacts/nope", "api/resources/nope", "api/practices/nope")) {
            Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(reply.json().getString("error")).isEqualTo("not-found");
        }
    }
}
