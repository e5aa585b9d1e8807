package org.liaisonhub.platform.application;

import java.time.Duration;

/** A client called more often than its {@link RateLimit} allows; it may call again after {@link #retryAfter()}. */
public class RateLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public RateLimitExceededException(RateLimitedAction action, RateLimit limit, Duration retryAfter) {
        super("Too many requests: " + describe(action) + " is limited to " + limit + " per address. Try again in "
                + seconds(retryAfter) + " seconds.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, at least one: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private static String describe(RateLimitedAction action) {
        return switch (action) {
            case EXPORT -> "the export";
            case SEARCH_CSV -> "the CSV export of search results";
            case INTAKE -> "reading uploaded questionnaires";
        };
    }
}
