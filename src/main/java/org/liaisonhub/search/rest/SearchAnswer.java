package org.liaisonhub.search.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaisonhub.platform.Pages;
import org.liaisonhub.search.application.SearchHit;
import org.liaisonhub.search.application.SearchResults;

/**
 * The JSON of {@code GET /api/search}: the search's results, each hit with the address of its detail page
 * ({@code url}, below the context path), which the application layer leaves to the web and REST layers. The same
 * fields as the results, so JSON-B writes the same bytes as when the hits carried their address themselves.
 */
public record SearchAnswer(
        long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets, String didYouMean) {

    /** One hit: {@code snippet} is HTML (escaped text, the query's words in {@code <mark>}). */
    public record Hit(String type, String key, String title, String snippet, String country, String url) {

        static Hit of(SearchHit hit) {
            return new Hit(
                    hit.type(),
                    hit.key(),
                    hit.title(),
                    hit.snippet(),
                    hit.country(),
                    Pages.detailOf(hit.type(), hit.key()));
        }
    }

    public static SearchAnswer of(SearchResults results) {
        List<Hit> hits = new ArrayList<>(results.hits().size());
        for (SearchHit hit : results.hits()) {
            hits.add(Hit.of(hit));
        }
        return new SearchAnswer(
                results.total(), results.page(), results.size(), hits, results.facets(), results.didYouMean());
    }
}
