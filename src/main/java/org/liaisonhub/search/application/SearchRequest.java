package org.liaisonhub.search.application;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.liaisonhub.catalog.EntryType;

/**
 * One search: free text (blank browses alphabetically), filters, 1-based page and page size.
 * Build it with {@link SearchRequests#parse}, which validates user input with clear messages.
 * {@code filters} holds the other facets' selections (competence, network, language, ict, challenge):
 * facet name → values, OR within a facet, AND across facets.
 */
public record SearchRequest(
        String text,
        Set<EntryType> types,
        Set<String> countries,
        int page,
        int size,
        SearchSort sort,
        Map<String, Set<String>> filters)
        implements Serializable {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_TERMS = 32;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        types = Set.copyOf(types);
        countries = Set.copyOf(countries);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((name, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(name, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
    }

    public SearchRequest(
            String text, Set<EntryType> types, Set<String> countries, int page, int size, SearchSort sort) {
        this(text, types, countries, page, size, sort, Map.of());
    }

    public boolean browsing() {
        return text.isEmpty();
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** The selected values of one of the other facets (empty when none). */
    public Set<String> filter(String facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /** The same request for other text (did-you-mean). */
    public SearchRequest withText(String newText) {
        return new SearchRequest(newText, types, countries, page, size, sort, filters);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), Set.of(), 1, 20, SearchSort.RELEVANCE);
    }
}
