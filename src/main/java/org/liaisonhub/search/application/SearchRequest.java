package org.liaisonhub.search.application;

import java.io.Serializable;
import java.util.Set;

import org.liaisonhub.catalog.EntryType;

/**
 * One search: free text (blank browses alphabetically), filters, 1-based page and page size.
 * Build it with {@link SearchRequests#parse}, which validates user input with clear messages.
 */
public record SearchRequest(String text, Set<EntryType> types, Set<String> countries, int page, int size,
        SearchSort sort) implements Serializable {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_TERMS = 32;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        types = Set.copyOf(types);
        countries = Set.copyOf(countries);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    public boolean browsing() {
        return text.isEmpty();
    }

    public int offset() {
        return (page - 1) * size;
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), Set.of(), 1, 20, SearchSort.RELEVANCE);
    }
}
