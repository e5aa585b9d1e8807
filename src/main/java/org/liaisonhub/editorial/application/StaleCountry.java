package org.liaisonhub.editorial.application;

import java.util.List;

/** The stale entries of one country, for the editors' freshness dashboard. */
public record StaleCountry(String country, int count, List<StaleEntry> entries) {

    public StaleCountry {
        entries = List.copyOf(entries);
    }
}
