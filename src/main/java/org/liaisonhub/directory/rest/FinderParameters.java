package org.liaisonhub.directory.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The finder's optional parameters {@code urgent} and {@code at}, read strictly: a typo is an
 * {@link IllegalArgumentException} saying why, which {@link FinderResource} answers with a 400.
 */
final class FinderParameters {

    private FinderParameters() {}

    /** {@code true}/{@code false} (also {@code 1}/{@code 0}, {@code on}); absent or blank is false. */
    static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw new IllegalArgumentException("'urgent' must be true or false, not '" + value + "'.");
        };
    }

    /** An ISO-8601 instant or date-time with offset; absent or blank is null (now). */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'at' must be an ISO-8601 date and time with an offset, such as "
                    + "2026-06-16T07:00:00Z or 2026-06-16T09:00+02:00, not '" + value + "'.");
        }
    }
}
