package org.liaisonhub.editorial.application;

import java.io.Serializable;
import java.util.List;

/** The stale entries of one country, for the editors' freshness dashboard. */
public record StaleCountry(String country, int count, List<StaleEntry> entries) implements Serializable {

    public StaleCountry {
        entries = List.copyOf(entries);
    }
}
