package org.liaisonhub.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaisonhub.platform.rest.SharedJsonb;
import org.liaisonhub.search.application.SearchHit;
import org.liaisonhub.search.application.SearchResults;

/**
 * {@code /api/search}'s JSON: each hit links to its detail page, byte for byte as before the hits lost their url.
 * Public, so that JSON-B may read the records below.
 */
public class SearchAnswerTest {

    /** The shape the API wrote before: the results and hits of the application layer, each hit with its url. */
    public record HitBefore(String type, String key, String title, String snippet, String country, String url) {
        public String plainSnippet() {
            return "not written";
        }
    }

    public record ResultsBefore(
            long total,
            int page,
            int size,
            List<HitBefore> hits,
            Map<String, Map<String, Long>> facets,
            String didYouMean) {
        public int pageCount() {
            return -1;
        }
    }

    private final Jsonb jsonb = new SharedJsonb().getContext(SearchAnswer.class);

    private static Map<String, Map<String, Long>> facets() {
        Map<String, Long> types = new LinkedHashMap<>();
        types.put("contact", 2L);
        types.put("authority", 1L);
        return Map.of("type", types);
    }

    @Test
    void eachHit_linksToItsDetailPage_keyEncoded() {
        SearchAnswer answer = SearchAnswer.of(new SearchResults(
                2,
                1,
                20,
                List.of(
                        new SearchHit("contact", "se-rmk eio", "EIO desk", "<mark>EIO</mark>", "SE"),
                        new SearchHit("practice", "p1", "Practice", "", null)),
                facets(),
                null));

        assertThat(answer.hits())
                .extracting(SearchAnswer.Hit::url)
                .containsExactly("/directory/contact.xhtml?key=se-rmk+eio", "/practices/practice.xhtml?key=p1");
        assertThat(answer.total()).isEqualTo(2);
        assertThat(answer.facets()).isEqualTo(facets());
    }

    @Test
    void theJson_isTheSameBytes_asTheResultsWithUrlsWrote() {
        SearchResults results = new SearchResults(
                41,
                3,
                2,
                List.of(
                        new SearchHit("resource", "globe-threema", "Threema", "a <mark>secure</mark> channel", null),
                        new SearchHit("authority", "se-aklagarmyndigheten", "Åklagarmyndigheten", "", "SE")),
                facets(),
                "threema");
        ResultsBefore before = new ResultsBefore(
                41,
                3,
                2,
                List.of(
                        new HitBefore(
                                "resource",
                                "globe-threema",
                                "Threema",
                                "a <mark>secure</mark> channel",
                                null,
                                "/resources/resource.xhtml?key=globe-threema"),
                        new HitBefore(
                                "authority",
                                "se-aklagarmyndigheten",
                                "Åklagarmyndigheten",
                                "",
                                "SE",
                                "/directory/authority.xhtml?key=se-aklagarmyndigheten")),
                facets(),
                "threema");

        String json = jsonb.toJson(SearchAnswer.of(results));

        assertThat(json)
                .isEqualTo(jsonb.toJson(before))
                .contains("\"url\":\"/resources/resource.xhtml?key=globe-threema\"")
                .doesNotContain("pageCount", "plainSnippet");
    }

    @Test
    void noDidYouMean_isLeftOut_asBefore() {
        String json = jsonb.toJson(SearchAnswer.of(new SearchResults(0, 1, 20, List.of(), Map.of(), null)));

        assertThat(json).isEqualTo("{\"facets\":{},\"hits\":[],\"page\":1,\"size\":20,\"total\":0}");
    }
}
