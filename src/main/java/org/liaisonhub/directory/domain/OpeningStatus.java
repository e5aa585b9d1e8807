package org.liaisonhub.directory.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Whether an entry answers at a given instant, and its local time then: {@link State#AROUND_THE_CLOCK},
 * {@link State#OPEN}, {@link State#CLOSED} (with how long until it opens, if it ever does) or {@link State#UNKNOWN}
 * (no hours recorded, or no zone to read them in). {@code localTime} is null when the zone is not known.
 */
public record OpeningStatus(State state, ZonedDateTime localTime, Duration opensIn) {

    /** What the finder can say about an entry's hours at one instant. */
    public enum State {
        AROUND_THE_CLOCK,
        OPEN,
        CLOSED,
        UNKNOWN
    }

    /** {@code availability} (already resolved against the authority's) of an entry in {@code country} at {@code at}. */
    public static OpeningStatus of(Availability availability, String country, Instant at) {
        Availability a = Availability.orNone(availability);
        Optional<ZoneId> zone = a.zoneIn(country);
        ZonedDateTime local = zone.map(z -> at.atZone(z)).orElse(null);
        if (a.isAroundTheClock()) {
            return new OpeningStatus(State.AROUND_THE_CLOCK, local, null);
        }
        if (local == null
                || a.getOfficeHours() == null
                || WeeklyHours.problem(a.getOfficeHours()).isPresent()) {
            return new OpeningStatus(State.UNKNOWN, local, null);
        }
        WeeklyHours hours = WeeklyHours.parse(a.getOfficeHours());
        if (hours.isOpen(local.toLocalDateTime())) {
            return new OpeningStatus(State.OPEN, local, null);
        }
        return new OpeningStatus(
                State.CLOSED, local, hours.untilNextOpening(local).orElse(null));
    }

    /** 0 for 24/7, 1 open, 2 closed, 3 unknown: the order of urgency. */
    public int urgencyRank() {
        return state.ordinal();
    }

    /** In plain English for the API: "24/7", "open now", "opens in 3 h", "opens in 40 min", "closed", "hours not known". */
    public String describe() {
        return switch (state) {
            case AROUND_THE_CLOCK -> "24/7";
            case OPEN -> "open now";
            case UNKNOWN -> "hours not known";
            case CLOSED ->
                opensIn == null
                        ? "closed"
                        : opensIn.toMinutes() < 60
                                ? "opens in " + Math.max(1, opensIn.toMinutes()) + " min"
                                : "opens in " + Math.round(opensIn.toMinutes() / 60.0) + " h";
        };
    }
}
