package org.liaisonhub.search.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.platform.IsoCodes;
import org.liaisonhub.practices.domain.Challenge;

/** Turns raw request parameters into a valid {@link SearchRequest}, or refuses them with a clear message. */
public final class SearchRequests {

    private SearchRequests() {}

    /** The facets besides type and country, in the order the API and the page list them. */
    public static final List<String> OTHER_FACETS =
            List.of("competence", "network", "language", "ict", "challenge", "availability");

    private static final int MAX_FILTER_LENGTH = 200;

    public static SearchRequest parse(
            String q, Collection<String> type, Collection<String> country, String page, String size, String sort) {
        return parse(q, type, country, page, size, sort, Map.of());
    }

    /** Like the short form, with the other facets' selections (name → values, as given). */
    public static SearchRequest parse(
            String q,
            Collection<String> type,
            Collection<String> country,
            String page,
            String size,
            String sort,
            Map<String, ? extends Collection<String>> others) {
        String text = SearchText.clean(q);
        if (text.length() > SearchRequest.MAX_TEXT_LENGTH) {
            throw new InvalidSearchException("The search text is too long (" + text.length() + " characters); at most "
                    + SearchRequest.MAX_TEXT_LENGTH + " are allowed.");
        }
        if (text.split("\\s+").length > SearchRequest.MAX_TERMS) {
            throw new InvalidSearchException(
                    "The search text has too many words; at most " + SearchRequest.MAX_TERMS + " are allowed.");
        }
        Set<EntryType> types = EnumSet.noneOf(EntryType.class);
        for (String code : split(type)) {
            types.add(EntryType.fromCode(code)
                    .orElseThrow(() -> new InvalidSearchException(
                            "Unknown type '" + code + "'; use authority, contact, resource, practice or procedure.")));
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String code : split(country)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!IsoCodes.isCountry(upper)) {
                throw new InvalidSearchException(
                        "Unknown country code '" + code + "'; use ISO 3166-1 alpha-2 codes such as SE or FR.");
            }
            countries.add(upper);
        }
        int pageNumber = positive(page, 1, "page");
        int pageSize = positive(size, 20, "size");
        if (pageSize > SearchRequest.MAX_PAGE_SIZE) {
            throw new InvalidSearchException(
                    "Page size " + pageSize + " is too large; at most " + SearchRequest.MAX_PAGE_SIZE + ".");
        }
        if ((long) pageNumber * pageSize > SearchRequest.MAX_RESULT_WINDOW) {
            throw new InvalidSearchException("Results can be paged up to the first " + SearchRequest.MAX_RESULT_WINDOW
                    + " hits; refine the search instead.");
        }
        SearchSort order = sort == null || sort.isBlank()
                ? SearchSort.RELEVANCE
                : SearchSort.fromCode(sort.strip())
                        .orElseThrow(() -> new InvalidSearchException(
                                "Unknown sort '" + sort + "'; use relevance, name, country or verified."));
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String facet : OTHER_FACETS) {
            Set<String> values = new LinkedHashSet<>();
            for (String value : split(others == null ? null : others.get(facet))) {
                values.add(otherFilter(facet, value));
            }
            filters.put(facet, values);
        }
        return new SearchRequest(text, types, countries, pageNumber, pageSize, order, filters);
    }

    private static String otherFilter(String facet, String value) {
        if (value.length() > MAX_FILTER_LENGTH) {
            throw new InvalidSearchException("The " + facet + " filter is too long.");
        }
        String upper = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (facet) {
            case "competence" -> enumValue(Competence.class, upper, facet);
            case "ict" -> enumValue(IctCategory.class, upper, facet);
            case "challenge" -> enumValue(Challenge.class, upper, facet);
            case "availability" -> {
                if (!List.of("24-7", "24/7", "24_7").contains(value.strip())) {
                    throw new InvalidSearchException("Unknown availability '" + value + "'; the one value is 24-7.");
                }
                yield "24-7";
            }
            case "language" -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!IsoCodes.isLanguage(lower)) {
                    throw new InvalidSearchException(
                            "Unknown language code '" + value + "'; use ISO 639-1 codes such as fr or sv.");
                }
                yield lower;
            }
            default -> SearchText.clean(value);
        };
    }

    private static <E extends Enum<E>> String enumValue(Class<E> type, String value, String facet) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant.name();
            }
        }
        throw new InvalidSearchException("Unknown " + facet + " '" + value + "'; use one of "
                + java.util.Arrays.toString(type.getEnumConstants()) + ".");
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
