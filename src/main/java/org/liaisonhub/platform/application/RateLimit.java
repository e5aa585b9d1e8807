package org.liaisonhub.platform.application;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** A number of calls per period, written as in the server configuration: {@code 30/minute}, {@code 5/second}. */
public record RateLimit(int permits, Duration period) {

    public RateLimit {
        if (permits < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit allows at least one call per positive period");
        }
    }

    /** Empty for anything that is not {@code <whole number>/second|minute|hour}. */
    public static Optional<RateLimit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s*/\\s*");
        if (parts.length != 2) {
            return Optional.empty();
        }
        Duration period =
                switch (parts[1]) {
                    case "second", "s" -> Duration.ofSeconds(1);
                    case "minute", "min", "m" -> Duration.ofMinutes(1);
                    case "hour", "h" -> Duration.ofHours(1);
                    default -> null;
                };
        if (period == null || !parts[0].matches("[0-9]{1,9}") || Integer.parseInt(parts[0]) < 1) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(Integer.parseInt(parts[0]), period));
    }

    @Override
    public String toString() {
        return permits + "/"
                + (period.equals(Duration.ofSeconds(1))
                        ? "second"
                        : period.equals(Duration.ofMinutes(1)) ? "minute" : "hour");
    }
}
