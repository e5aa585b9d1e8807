package org.liaisonhub.search.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.platform.IsoCodes;

/** Turns raw request parameters into a valid {@link SearchRequest}, or refuses them with a clear message. */
public final class SearchRequests {

    private SearchRequests() {
    }

    public static SearchRequest parse(String q, Collection<String> type, Collection<String> country, String page,
            String size, String sort) {
        String text = q == null ? "" : q.strip();
        if (text.length() > SearchRequest.MAX_TEXT_LENGTH) {
            throw new InvalidSearchException("The search text is too long (" + text.length()
                    + " characters); at most " + SearchRequest.MAX_TEXT_LENGTH + " are allowed.");
        }
        if (text.split("\\s+").length > SearchRequest.MAX_TERMS) {
            throw new InvalidSearchException("The search text has too many words; at most "
                    + SearchRequest.MAX_TERMS + " are allowed.");
        }
        Set<EntryType> types = EnumSet.noneOf(EntryType.class);
        for (String code : split(type)) {
            types.add(EntryType.fromCode(code).orElseThrow(() -> new InvalidSearchException(
                    "Unknown type '" + code + "'; use authority, contact, resource or practice.")));
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String code : split(country)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!IsoCodes.isCountry(upper)) {
                throw new InvalidSearchException("Unknown country code '" + code
                        + "'; use ISO 3166-1 alpha-2 codes such as SE or FR.");
            }
            countries.add(upper);
        }
        int pageNumber = positive(page, 1, "page");
        int pageSize = positive(size, 20, "size");
        if (pageSize > SearchRequest.MAX_PAGE_SIZE) {
            throw new InvalidSearchException("Page size " + pageSize + " is too large; at most "
                    + SearchRequest.MAX_PAGE_SIZE + ".");
        }
        if ((long) pageNumber * pageSize > SearchRequest.MAX_RESULT_WINDOW) {
            throw new InvalidSearchException("Results can be paged up to the first "
                    + SearchRequest.MAX_RESULT_WINDOW + " hits; refine the search instead.");
        }
        SearchSort order = sort == null || sort.isBlank() ? SearchSort.RELEVANCE
                : SearchSort.fromCode(sort.strip()).orElseThrow(() -> new InvalidSearchException(
                        "Unknown sort '" + sort + "'; use relevance, name or country."));
        return new SearchRequest(text, types, countries, pageNumber, pageSize, order);
    }

    /** Repeated parameters and comma-separated lists both work: {@code type=a&type=b} or {@code type=a,b}. */
    private static List<String> split(Collection<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null) {
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            out.add(part.strip());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int positive(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 1) {
                throw new InvalidSearchException("'" + name + "' must be 1 or more.");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidSearchException("'" + name + "' must be a whole number, not '" + value + "'.");
        }
    }
}
