package org.liaisonhub.platform.application;

/**
 * The anonymous or costly calls whose rate per client address is limited, each with the system property that
 * sets its limit (wildfly-config/configure-server.cli) and the limit used when the property is missing.
 */
public enum RateLimitedAction {
    /** {@code GET /api/export}: the whole visible catalogue. */
    EXPORT("liaison.rate-limit.export", "30/minute"),
    /** {@code GET /api/search.csv}: every hit of a search. */
    SEARCH_CSV("liaison.rate-limit.search-csv", "30/minute"),
    /** {@code POST /api/intake} and the intake page's upload: a document parsed by Apache Tika. */
    INTAKE("liaison.rate-limit.intake", "20/minute");

    private final String property;
    private final String fallback;

    RateLimitedAction(String property, String fallback) {
        this.property = property;
        this.fallback = fallback;
    }

    public String property() {
        return property;
    }

    public RateLimit fallback() {
        return RateLimit.parse(fallback).orElseThrow();
    }
}
