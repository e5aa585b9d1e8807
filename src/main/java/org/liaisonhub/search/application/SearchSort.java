package org.liaisonhub.search.application;

import java.util.Arrays;
import java.util.Optional;

/** Orders a result list can be sorted in. */
public enum SearchSort {
    RELEVANCE, NAME, COUNTRY;

    public static Optional<SearchSort> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
    }
}
