package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.liaisonhub.directory.domain.Availability;
import org.liaisonhub.directory.domain.OpeningStatus;

/**
 * When a contact point on a route answers, at the instant the finder was asked about: {@code status}
 * AROUND_THE_CLOCK, OPEN, CLOSED or UNKNOWN; its {@code localTime} ({@code HH:mm}, null when its zone is not known)
 * and {@code timeZone}; for a closed one, {@code opensInMinutes} (null if it never opens); {@code officeHours} as
 * recorded; {@code text} in plain English ("24/7", "open now", "opens in 3 h", "closed").
 */
public record ContactAvailability(
        String status,
        boolean aroundTheClock,
        String localTime,
        String timeZone,
        Long opensInMinutes,
        String officeHours,
        String text)
        implements Serializable {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static ContactAvailability of(Availability availability, OpeningStatus status) {
        return new ContactAvailability(
                status.state().name(),
                status.state() == OpeningStatus.State.AROUND_THE_CLOCK,
                status.localTime() == null ? null : status.localTime().format(HH_MM),
                status.localTime() == null ? null : status.localTime().getZone().getId(),
                status.opensIn() == null ? null : status.opensIn().toMinutes(),
                availability.getOfficeHours(),
                status.describe());
    }

    /** 0 for 24/7, 1 open, 2 closed, 3 unknown: the order of urgency. */
    int urgencyRank() {
        return OpeningStatus.State.valueOf(status).ordinal();
    }

    /** Whole hours until it opens, rounded (for "opens in 3 h"); null when not closed or never opening. */
    public Long opensInHours() {
        return opensInMinutes == null ? null : Math.round(opensInMinutes / 60.0);
    }
}
