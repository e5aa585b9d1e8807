package org.liaisonhub.search.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with the total and the facet counts. Facets map a facet name (type, country, competence,
 * network, language, ict, challenge) to value → count, in descending count order. {@code didYouMean} is a
 * close spelling with hits when the query as typed matched nothing exactly, else null.
 */
public record SearchResults(
        long total, int page, int size, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String didYouMean)
        implements Serializable {

    public int pageCount() {
        return size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
