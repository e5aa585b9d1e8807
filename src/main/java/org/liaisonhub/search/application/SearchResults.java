package org.liaisonhub.search.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with the total and the facet counts. Facets map a facet name (type, country) to value →
 * count, in descending count order.
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits,
        Map<String, Map<String, Long>> facets) implements Serializable {

    public int pageCount() {
        return size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
