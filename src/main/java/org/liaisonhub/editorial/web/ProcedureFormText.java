package org.liaisonhub.editorial.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.liaisonhub.directory.domain.AcceptedChannel;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.editorial.exchange.Problem;

/**
 * How the procedure-sheet form shows its ordered lists, numbers, dates and unknown-or-yes-or-no answers as text, and
 * reads them back. What cannot be read becomes a {@link Problem} on its field, so the editor sees every mistake at
 * once and nothing is saved; the service checks the rest.
 */
final class ProcedureFormText {

    private ProcedureFormText() {}

    /** One channel a line, in the order of preference: {@code SIENA: through the national unit}. */
    static String channels(List<AcceptedChannel> channels) {
        return channels.stream()
                .map(c ->
                        c.getDetail() == null ? c.getType().name() : c.getType().name() + ": " + c.getDetail())
                .collect(Collectors.joining("\n"));
    }

    static List<AcceptedChannel> channels(String text, List<Problem> problems) {
        List<AcceptedChannel> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = (colon < 0 ? line : line.substring(0, colon)).strip();
            String detail = colon < 0 ? null : line.substring(colon + 1).strip();
            ChannelType type = channelType(name);
            if (type != null) {
                out.add(new AcceptedChannel(type, detail == null || detail.isEmpty() ? null : detail));
            } else {
                problems.add(problem(
                        "channels",
                        "'" + shortened(name) + "' is not a channel; use one of "
                                + Arrays.toString(ChannelType.values()) + ", then ':' and what to know about it"));
            }
        }
        return out;
    }

    /** The channel named as the menus and the exchange format write it, or loosely: "e-mail", "I-24/7", "siena". */
    static ChannelType channelType(String name) {
        String wanted = loose(name);
        return Arrays.stream(ChannelType.values())
                .filter(t -> loose(t.name()).equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private static String loose(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[-_ /]", "");
    }

    /** Languages in the order of preference, as typed: {@code "sv, en"}. */
    static String languages(List<String> languages) {
        return String.join(", ", languages);
    }

    static List<String> languages(String text) {
        return List.copyOf(FormText.split(text));
    }

    static String days(Integer days) {
        return days == null ? null : days.toString();
    }

    static Integer days(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(problem("timeLimitDays", "'" + shortened(text) + "' is not a whole number of days"));
            return null;
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(problem("lastVerified", "'" + shortened(text) + "' is not a date such as 2026-03-31"));
            return null;
        }
    }

    /** A yes/no answer that may be unknown: {@code "true"}, {@code "false"} or blank. */
    static String answer(Boolean value) {
        return value == null ? "" : value.toString();
    }

    static Boolean answer(String text) {
        return text == null || text.isBlank() ? null : Boolean.valueOf(text);
    }

    private static Problem problem(String field, String message) {
        return new Problem("procedure", null, field, message);
    }

    /** Typed text quoted back in a message, cut to a length a message can show. */
    private static String shortened(String text) {
        String t = text.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
