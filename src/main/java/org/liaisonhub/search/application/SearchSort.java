package org.liaisonhub.search.application;

import java.util.Arrays;
import java.util.Optional;

/** Orders a result list can be sorted in; every order ends with the key, so paging is stable. */
public enum SearchSort {
    RELEVANCE,
    NAME,
    COUNTRY,
    VERIFIED;

    public static Optional<SearchSort> fromCode(String code) {
        String wanted =
                "last-verified".equalsIgnoreCase(code) || "lastVerified".equalsIgnoreCase(code) ? "VERIFIED" : code;
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
