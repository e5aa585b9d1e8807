package org.liaisonhub.alerts.application;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.search.application.InvalidSearchException;
import org.liaisonhub.search.application.SearchRequest;
import org.liaisonhub.search.application.SearchRequests;

/**
 * A saved search's query, as the search page and {@code /api/search} take it ({@code q}, {@code type},
 * {@code country} and the other facets, repeated or comma-separated), validated by {@link SearchRequests} and kept
 * in one canonical form (parameters in a fixed order, values sorted), so the same search saved twice reads the same.
 * Page, size, sort and the page's language play no part in what matches, and are dropped.
 */
public final class SavedQuery {

    private SavedQuery() {}

    /** Parses a query string ({@code q=EIO&country=SE}, a leading {@code ?} allowed); refuses an empty search. */
    public static SearchRequest parse(String queryString) {
        if (queryString != null && queryString.length() > 2000) {
            throw new InvalidSearchException("The search is too long; at most 2000 characters.");
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        String query = queryString == null ? "" : queryString.strip();
        if (query.startsWith("?")) {
            query = query.substring(1);
        }
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        List<String> q = params.getOrDefault("q", List.of());
        SearchRequest request = SearchRequests.parse(
                q.isEmpty() ? null : String.join(" ", q),
                params.get("type"),
                params.get("country"),
                null,
                null,
                null,
                params);
        if (request.browsing()
                && request.types().isEmpty()
                && request.countries().isEmpty()
                && request.filters().isEmpty()) {
            throw new InvalidSearchException(
                    "A saved search needs words or at least one filter (type, country, competence, network, …).");
        }
        return request;
    }

    /** The canonical query string of a request: q, type, country, then the other facets; values sorted. */
    public static String canonical(SearchRequest request) {
        List<String> parts = new ArrayList<>();
        if (!request.browsing()) {
            parts.add("q=" + encode(request.text()));
        }
        TreeSet<String> types = new TreeSet<>();
        request.types().stream().map(EntryType::code).forEach(types::add);
        types.forEach(t -> parts.add("type=" + encode(t)));
        new TreeSet<>(request.countries()).forEach(c -> parts.add("country=" + encode(c)));
        for (String facet : SearchRequests.OTHER_FACETS) {
            new TreeSet<>(request.filter(facet)).forEach(v -> parts.add(facet + "=" + encode(v)));
        }
        return String.join("&", parts);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("The search is not a valid query string (" + e.getMessage() + ").");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
