package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hits made from projected rows, highlighted after the search. */
class HitPageTest {

    private static List<?> row(String type, String key, String title, String summary, String country) {
        return java.util.Arrays.asList(type, key, title, summary, country);
    }

    @Test
    void hits_keepTheirOrder_andMarkTheQueryInTheSummary() {
        List<SearchHit> hits = HitPage.hits(
                List.of(
                        row("contact", "se-mla", "MLA desk", "Mutual legal <assistance> requests", "SE"),
                        row("contact", "fr-aro", "Asset recovery office", null, "FR")),
                List.of("requests"),
                null);

        assertThat(hits).extracting(SearchHit::key).containsExactly("se-mla", "fr-aro");
        assertThat(hits.get(0).snippet()).isEqualTo("Mutual legal &lt;assistance&gt; <mark>requests</mark>");
        assertThat(hits.get(0).country()).isEqualTo("SE");
        assertThat(hits.get(0).type()).isEqualTo("contact");
        assertThat(hits.get(1).snippet()).isEmpty();
    }

    @Test
    void browsing_marksNothing_butStillEscapes() {
        List<SearchHit> hits = HitPage.hits(List.of(row("resource", "r1", "Tool", "a < b & c", null)), List.of(), null);

        assertThat(hits.get(0).snippet()).isEqualTo("a &lt; b &amp; c");
    }

    @Test
    void noRows_noHits() {
        assertThat(HitPage.hits(List.of(), List.of("anything"), null)).isEmpty();
    }
}
