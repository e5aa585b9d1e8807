package org.liaisonhub.editorial.exchange;

import jakarta.json.JsonObject;
import org.liaisonhub.directory.domain.Availability;

/**
 * The optional {@code availability} member that authorities and contacts share (urgent requests, issue 17), read
 * once for both so the two sections cannot drift apart. Whether the hours and the time zone make sense is for the
 * content rules.
 */
final class AvailabilityReader {

    private AvailabilityReader() {}

    /** {@code {"aroundTheClock": true, "officeHours": "Mon-Fri 08:00-16:30", "timeZone": "Europe/Paris"}}, optional. */
    static Availability availability(FieldReader f) {
        JsonObject availability = f.object("availability");
        if (availability == null) {
            return null;
        }
        FieldReader a = f.part("availability", availability);
        a.allowOnly("aroundTheClock", "officeHours", "timeZone");
        return Availability.of(
                Boolean.TRUE.equals(a.bool("aroundTheClock")), a.text("officeHours"), a.text("timeZone"));
    }
}
