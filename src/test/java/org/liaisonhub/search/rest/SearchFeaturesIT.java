package org.liaisonhub.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Api.Reply;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * Issue 3 at the user's level, over HTTP against the demo data: each language, folding, typos, synonyms,
 * facets with counts, highlights, suggestions, did-you-mean, sorting and hostile input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchFeaturesIT {

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

    private List<String> keys(String q, String... params) {
        Reply reply = api.search(q, params);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("hits").stream()
                .map(JsonValue::asJsonObject)
                .map(h -> h.getString("key"))
                .toList();
    }

    private List<String> top3(String q) {
        List<String> keys = keys(q);
        return keys.subList(0, Math.min(3, keys.size()));
    }

    // Languages

    @Test
    void russian_inflectedFormFindsTheProsecutorGeneral() {
        assertThat(top3("прокуратуры")).containsAnyOf("ru-genproc", "ru-genproc-mla");
    }

    @Test
    void arabic_findsThePublicProsecution() {
        assertThat(top3("النيابة العامة")).containsAnyOf("eg-ppo", "ma-pmp");
    }

    @Test
    void chinese_withoutSpacesFindsMla() {
        assertThat(top3("司法协助")).contains("cn-spp-mla");
    }

    @Test
    void french_stemmedPhraseFindsEntraide() {
        assertThat(top3("demandes d'entraide entrantes")).contains("ch-ofj-entraide");
    }

    @Test
    void spanish_pluralFindsRogatoryLetters() {
        assertThat(top3("comisiones rogatorias")).contains("es-anticorrupcion-cooperacion");
    }

    @Test
    void portuguese_withoutAccentsFindsAssetRecoveryOffice() {
        assertThat(top3("Recuperacao de Ativos")).contains("pt-gra");
    }

    @Test
    void german_withoutUmlautFindsFederalOffice() {
        assertThat(top3("Bundesamt fur Justiz")).contains("de-bfj");
    }

    @Test
    void swedish_findsTheProsecutionAuthorityFolded() {
        assertThat(top3("Aklagarmyndigheten")).contains("se-aklagarmyndigheten");
    }

    @Test
    void english_pluralAndSingularMatchTheSame() {
        List<String> singular = keys("request", "size=100");
        assertThat(singular).isNotEmpty();
        assertThat(keys("requests", "size=100")).containsAll(singular.subList(0, 3));
    }

    // Typos and synonyms

    @Test
    void typo_threma_findsThreemaFirst() {
        assertThat(keys("Threma").get(0)).isEqualTo("globe-threema");
    }

    @Test
    void typo_sienna_findsSiena() {
        assertThat(keys("SIENNA").get(0)).isEqualTo("europol-siena");
    }

    @Test
    void typo_neverOutranksTheExactWord() {
        // "Europol" exactly is the agency; its typo-neighbour "Eurojust" must come after it.
        List<String> keys = keys("Europol");
        assertThat(keys.get(0)).startsWith("europol");
        if (keys.contains("eurojust")) {
            assertThat(keys.indexOf("eurojust")).isGreaterThan(keys.indexOf("europol"));
        }
    }

    @Test
    void synonym_mlaFindsMutualLegalAssistanceWording() {
        // The Japanese desk says "mutual legal assistance" in full, never "MLA".
        assertThat(keys("MLA", "size=100")).contains("jp-moj-international");
    }

    @Test
    void synonym_entraideJudiciaireFindsMutualLegalAssistance() {
        assertThat(keys("entraide judiciaire", "size=100")).contains("de-bfj-rechtshilfe");
    }

    // Facets

    @Test
    void facets_allSevenWithCounts() {
        JsonObject facets = api.search("asset recovery").json().getJsonObject("facets");
        assertThat(facets.keySet())
                .contains("type", "country", "competence", "network", "language", "ict", "challenge");
        assertThat(facets.getJsonObject("competence").getInt("ASSET_RECOVERY")).isPositive();
    }

    @Test
    void facets_countsFollowFiltersAndIgnoreTheirOwnSelection() {
        JsonObject all = api.search("", "size=1").json();
        long mla = all.getJsonObject("facets")
                .getJsonObject("competence")
                .getJsonNumber("MLA")
                .longValue();
        long extradition = all.getJsonObject("facets")
                .getJsonObject("competence")
                .getJsonNumber("EXTRADITION")
                .longValue();

        JsonObject onlyMla = api.search("", "size=1", "competence=MLA").json();
        assertThat(onlyMla.getJsonNumber("total").longValue()).isEqualTo(mla);
        // Its own facet keeps the counts of the other values (multi-select).
        assertThat(onlyMla.getJsonObject("facets")
                        .getJsonObject("competence")
                        .getJsonNumber("EXTRADITION")
                        .longValue())
                .isEqualTo(extradition);

        JsonObject either = api.search("", "size=1", "competence=MLA", "competence=EXTRADITION")
                .json();
        assertThat(either.getJsonNumber("total").longValue())
                .isGreaterThanOrEqualTo(Math.max(mla, extradition))
                .isLessThanOrEqualTo(mla + extradition);

        // AND across facets: MLA in France only; the country facet counts MLA entries per country.
        JsonObject mlaFrance =
                api.search("", "size=100", "competence=MLA", "country=FR").json();
        long franceInMla = onlyMla.getJsonObject("facets")
                .getJsonObject("country")
                .getJsonNumber("FR")
                .longValue();
        assertThat(mlaFrance.getJsonNumber("total").longValue()).isEqualTo(franceInMla);
        mlaFrance.getJsonArray("hits").forEach(h -> assertThat(h.asJsonObject().getString("country"))
                .isEqualTo("FR"));
    }

    @Test
    void facets_languageIctChallengeAndNetworkFilter() {
        assertThat(api.search("", "language=fr", "size=100").json().getJsonArray("hits"))
                .isNotEmpty();
        assertThat(keys("", "ict=TRANSLATION_SOFTWARE", "size=100")).contains("de-translation-memory-mla");
        assertThat(keys("", "network=GlobE", "size=100")).contains("ke-eacc-globe");
        assertThat(api.search("", "challenge=LEGAL_OBSTACLES").status()).isEqualTo(200);
        assertThat(api.search("", "competence=NOPE").status()).isEqualTo(400);
        assertThat(api.search("", "ict=nope").status()).isEqualTo(400);
    }

    // Highlights

    @Test
    void highlights_markTheMatchedWords() {
        JsonObject hit = api.search("encrypted messaging").json().getJsonArray("hits").stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getString("key").equals("globe-threema"))
                .findFirst()
                .orElseThrow();
        assertThat(hit.getString("snippet")).contains("<mark>encrypted</mark> <mark>messaging</mark>");
    }

    @Test
    void highlights_escapeStoredMarkup() {
        StringBuilder letters = new StringBuilder("zqx");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        String word = letters.toString();
        String document = ExchangeJson.document()
                .resource("xss-" + word, r -> r.name("Xss " + word)
                        .kind("TOOL")
                        .description("Before <script>alert('x')</script> " + word + " & <b>bold</b> after"))
                .toJson();
        Reply imported = new Api(base).as(DemoAccounts.EDITOR).postJson("api/import", document);
        assertThat(imported.status()).as(imported.toString()).isBetween(200, 299);

        String snippet =
                api.search(word).json().getJsonArray("hits").getJsonObject(0).getString("snippet");

        assertThat(snippet).doesNotContain("<script").doesNotContain("<b>").contains("<mark>" + word + "</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<")
                .doesNotContain(">");
    }

    // Suggestions

    @Test
    void suggest_foldedPrefix() {
        Reply reply = api.get("api/suggest?q=aklag");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("se-aklagarmyndigheten");
    }

    @Test
    void suggest_inWordPrefix() {
        String body = api.get("api/suggest?q=threem").body();
        assertThat(body).contains("globe-threema").contains("\"type\"").contains("\"text\"");
    }

    @Test
    void suggest_atMostTen_andNothingBelowTwoCharacters() {
        assertThat(api.get("api/suggest?q=a").body().strip()).isEqualTo("[]");
        assertThat(api.get("api/suggest?q=").body().strip()).isEqualTo("[]");
        Reply many = api.get("api/suggest?q=in");
        assertThat(many.status()).isEqualTo(200);
        assertThat(jakarta.json.Json.createReader(new java.io.StringReader(many.body()))
                        .readArray())
                .hasSizeBetween(1, 10);
    }

    // Did you mean

    @Test
    void didYouMean_offersTheCloseSpelling() {
        // Two edits from "Threema": beyond the typo tolerance of a six-letter word, so no hits as typed.
        JsonObject result = api.search("Tremma").json();
        assertThat(result.getString("didYouMean", "")).isEqualToIgnoringCase("Threema");
    }

    @Test
    void didYouMean_absentWhenTheQueryMatches() {
        assertThat(api.search("Threema").json().containsKey("didYouMean")
                        && !api.search("Threema").json().isNull("didYouMean"))
                .isFalse();
    }

    // Sorting and paging

    @Test
    void sort_lastVerified_putsContactsVerifiedFirst() {
        List<String> keys = keys("", "sort=verified", "size=5");
        assertThat(keys).hasSize(5);
        Reply reply = api.search("", "sort=verified", "size=5", "type=contact");
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void paging_isStable() {
        List<String> first = keys("cooperation", "size=5", "page=1");
        List<String> second = keys("cooperation", "size=5", "page=2");
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(keys("cooperation", "size=10"))
                .containsExactlyElementsOf(java.util.stream.Stream.concat(first.stream(), second.stream())
                        .toList());
    }

    // Hostile input

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"unbalanced",
                "(((",
                ")]}",
                "*",
                "~",
                "a~2",
                "AND OR NOT",
                "-",
                "+",
                "|",
                "\\",
                "\u0000\u0007",
                "\u202eevil\u202c",
                "\u200f",
                "👮‍♀️🚓",
                "\ud800",
                "x\udfff",
                "%",
                "'; DROP TABLE x; --",
                "<script>alert(1)</script>",
                "e-EDES",
                "\"mutual legal\" assistance -extradition"
            })
    void hostileInput_neverFails(String q) {
        Reply search = api.search(q);
        assertThat(search.status()).as(q + " → " + search).isIn(200, 400);
        assertThat(search.body()).doesNotContain("Exception").doesNotContain("at org.");
        Reply suggest = api.get("api/suggest?q=" + Api.encode(q));
        // U+0000 is refused before any search, with a message (NulCharacterFilter); everything else suggests.
        assertThat(suggest.status()).as(q + " → " + suggest).isEqualTo(q.indexOf('\0') >= 0 ? 400 : 200);
        assertThat(suggest.body()).doesNotContain("Exception");
    }

    @Test
    void hostileInput_longQueriesAnswerClearly() {
        Reply search = api.search("x".repeat(10_000));
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.body()).contains("too long");
        assertThat(api.get("api/suggest?q=" + "y".repeat(10_000)).status()).isEqualTo(200);
        assertThat(api.search("word ".repeat(32).strip()).status()).isEqualTo(200);
        Map<String, String> none = Map.of();
        assertThat(none).isEmpty();
    }
}
