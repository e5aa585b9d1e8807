package org.liaisonhub.editorial.application;

import java.time.Instant;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.domain.Edition;

/** A row of the editions list: what it holds, for whom, by whom and when, how many downloads so far. */
public record EditionSummary(
        long id,
        String scope,
        String scopeValue,
        Visibility audience,
        String generatedBy,
        Instant generatedAt,
        Instant expiresAt,
        boolean expired,
        int entries,
        String keyFingerprint,
        long downloads)
        implements java.io.Serializable {

    static EditionSummary of(Edition edition, Instant now, long downloads) {
        return new EditionSummary(
                edition.getId(),
                edition.getScope().name().toLowerCase(java.util.Locale.ROOT),
                edition.getScopeValue(),
                edition.getAudience(),
                edition.getGeneratedBy(),
                edition.getGeneratedAt(),
                edition.getExpiresAt(),
                edition.isExpired(now),
                edition.getEntryCount(),
                edition.getKeyFingerprint(),
                downloads);
    }

    /** The base of the file names: {@code liaison-edition-7-country-SE}. */
    public String fileBase() {
        return "liaison-edition-" + id + "-" + scope
                + (scopeValue == null ? "" : "-" + scopeValue.replaceAll("[^A-Za-z0-9]+", "_"));
    }
}
