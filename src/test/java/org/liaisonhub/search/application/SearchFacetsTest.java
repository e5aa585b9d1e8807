package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.search.application.SearchFacets.Facet;

/** Which facet counts come from the main query and which need a count without their own filter. */
class SearchFacetsTest {

    private final List<Facet> countedApart = new ArrayList<>();

    private Map<String, Map<String, Long>> merge(SearchRequest request) {
        return SearchFacets.merge(request, facet -> Map.of("main:" + facet.field, 1L), facet -> {
            countedApart.add(facet);
            return Map.of("apart:" + facet.field, 2L);
        });
    }

    @Test
    void nothingSelected_everyFacetFromTheMainQuery_noExtraCount() {
        Map<String, Map<String, Long>> facets = merge(SearchRequest.of("asset recovery"));

        assertThat(facets.keySet())
                .containsExactly(
                        "type", "country", "competence", "network", "language", "ict", "challenge", "availability");
        assertThat(facets.values())
                .allSatisfy(
                        counts -> assertThat(counts.keySet().iterator().next()).startsWith("main:"));
        assertThat(countedApart).isEmpty();
    }

    @Test
    void selectedFacets_areCountedApart_onceEach_theOthersFromTheMainQuery() {
        SearchRequest request = new SearchRequest(
                "mla",
                Set.of(EntryType.CONTACT),
                Set.of("SE", "FR"),
                1,
                20,
                SearchSort.RELEVANCE,
                Map.of("network", Set.of("ejn")));

        Map<String, Map<String, Long>> facets = merge(request);

        assertThat(countedApart).containsExactly(Facet.TYPE, Facet.COUNTRY, Facet.NETWORK);
        assertThat(facets.get("type")).containsOnlyKeys("apart:type");
        assertThat(facets.get("country")).containsOnlyKeys("apart:country");
        assertThat(facets.get("network")).containsOnlyKeys("apart:network");
        assertThat(facets.get("competence")).containsOnlyKeys("main:competence");
        assertThat(facets.get("challenge")).containsOnlyKeys("main:challenge");
    }

    @Test
    void countedWithoutOwnFilter_namesTheFacetsWithASelectedValue() {
        SearchRequest request = new SearchRequest(
                "",
                Set.of(),
                Set.of(),
                1,
                20,
                SearchSort.NAME,
                Map.of("ict", Set.of("encryption"), "language", Set.of()));

        assertThat(SearchFacets.countedWithoutOwnFilter(request)).containsExactly(Facet.ICT);
    }
}
