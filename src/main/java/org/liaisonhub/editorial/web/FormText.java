package org.liaisonhub.editorial.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the editor forms show a set of values (networks, languages) in one text field and read it back, and how they
 * read a country code. Everything else is passed on as typed: the service validates and normalises.
 */
final class FormText {

    private FormText() {}

    /** The values sorted, separated by ", ". */
    static String join(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }

    /** The values separated by commas, semicolons or line breaks, stripped, blanks left out, in the order typed. */
    static Set<String> split(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,;\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A country code stripped and in capitals ({@code " se"} → {@code "SE"}); whether it exists is the service's check. */
    static String countryCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
