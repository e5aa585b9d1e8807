package org.liaisonhub.directory.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Office hours in a week, as people write them: {@code Mon-Fri 08:00-16:30; Sat 09:00-12:00}. Groups are separated
 * by {@code ;}, each names days (English three-letter names, single or ranges, comma-separated: {@code Mon-Wed,Fri};
 * a range may wrap: {@code Fri-Mon}) and one or more periods {@code HH:MM-HH:MM} separated by spaces. A period whose
 * end is not after its start runs overnight into the next day ({@code Sat 22:00-06:00}); {@code 24:00} ends a day.
 * Times are wall-clock times in the entry's zone, so daylight saving time is the JDK's rules' business.
 */
public final class WeeklyHours {

    /** One opening period starting on a day of the week. */
    record Period(DayOfWeek day, LocalTime start, LocalTime end, boolean overnight) {

        /** When this period opens on {@code date} (a {@link #day}), in {@code zone}: a time in a DST gap moves on. */
        ZonedDateTime opening(LocalDate date, ZoneId zone) {
            return ZonedDateTime.of(date, start, zone);
        }

        boolean contains(LocalDateTime local) {
            LocalTime time = local.toLocalTime();
            DayOfWeek today = local.getDayOfWeek();
            if (!overnight) {
                return today == day && !time.isBefore(start) && (end == LocalTime.MAX || time.isBefore(end));
            }
            return today == day && !time.isBefore(start) || today == day.plus(1) && time.isBefore(end);
        }
    }

    private final List<Period> periods;

    private WeeklyHours(List<Period> periods) {
        this.periods = List.copyOf(periods);
    }

    /** The hours {@code text} describes; {@link IllegalArgumentException} saying what is wrong otherwise. */
    public static WeeklyHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("office hours are empty");
        }
        List<Period> periods = new ArrayList<>();
        for (String group : text.strip().split("\\s*;\\s*")) {
            String[] parts = group.strip().split("\\s+");
            if (parts.length < 2) {
                throw new IllegalArgumentException(
                        "'" + group.strip() + "' needs days and hours, e.g. Mon-Fri 08:00-16:30");
            }
            Set<DayOfWeek> days = days(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String[] times = parts[i].split("-");
                if (times.length != 2) {
                    throw new IllegalArgumentException("'" + parts[i] + "' is not a period such as 08:00-16:30");
                }
                LocalTime start = time(times[0]);
                LocalTime end = time(times[1]);
                if (start.equals(end)) {
                    throw new IllegalArgumentException("'" + parts[i] + "' opens and closes at the same time");
                }
                boolean overnight = end != LocalTime.MAX && end.isBefore(start);
                days.forEach(day -> periods.add(new Period(day, start, end, overnight)));
            }
        }
        return new WeeklyHours(periods);
    }

    /** What is wrong with {@code text} as office hours; empty when it reads (or is blank: no hours recorded). */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Whether the office is open at this wall-clock time. */
    public boolean isOpen(LocalDateTime local) {
        return periods.stream().anyMatch(p -> p.contains(local));
    }

    /** How long from {@code now} until the office next opens (real elapsed time, across DST changes); empty if never. */
    public Optional<Duration> untilNextOpening(ZonedDateTime now) {
        ZonedDateTime best = null;
        for (int d = 0; d <= 7; d++) {
            LocalDate date = now.toLocalDate().plusDays(d);
            for (Period period : periods) {
                if (period.day() == date.getDayOfWeek()) {
                    ZonedDateTime opening = period.opening(date, now.getZone());
                    if (opening.isAfter(now) && (best == null || opening.isBefore(best))) {
                        best = opening;
                    }
                }
            }
        }
        return Optional.ofNullable(best).map(b -> Duration.between(now.toInstant(), b.toInstant()));
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            if (range.length == 1) {
                days.add(day(range[0]));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw new IllegalArgumentException("'" + item + "' is not a day or a range of days such as Mon-Fri");
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (t.length() >= 3 && day.name().startsWith(t)) {
                return day;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
    }

    private static LocalTime time(String text) {
        if (text.equals("24:00")) {
            return LocalTime.MAX;
        }
        if (!text.matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("'" + text + "' is not a time such as 08:30 (24-hour clock)");
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time such as 08:30 (24-hour clock)");
        }
    }
}
