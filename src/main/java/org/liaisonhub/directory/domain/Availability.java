package org.liaisonhub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.liaisonhub.catalog.validation.ContentRules;

/**
 * When an authority or contact point answers: around the clock (24/7, for emergencies such as freezing assets
 * before they move), or during office hours ({@link WeeklyHours}) in an IANA time zone. The zone may be left out:
 * a contact point then uses its authority's, and an authority its country's ({@link CountryTimeZones}). A contact
 * point that says neither 24/7 nor hours answers when its authority does ({@link #orElse}).
 * Columns of the owner's table (and of its audit table).
 */
@Embeddable
public class Availability implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Nothing recorded: neither 24/7 nor office hours, no zone of its own. */
    public static final Availability NONE = new Availability(false, null, null);

    @Column(name = "aroundTheClock")
    private Boolean aroundTheClock;

    @Column(name = "officeHours", length = 200)
    @Size(max = 200, message = ContentRules.TOO_LONG)
    @OfficeHours
    private String officeHours;

    @Column(name = "timeZoneId", length = 60)
    @TimeZoneId
    private String timeZone;

    protected Availability() {
        // for JPA
    }

    private Availability(boolean aroundTheClock, String officeHours, String timeZone) {
        this.aroundTheClock = aroundTheClock;
        this.officeHours = officeHours == null || officeHours.isBlank() ? null : officeHours.strip();
        this.timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
    }

    public static Availability of(boolean aroundTheClock, String officeHours, String timeZone) {
        Availability a = new Availability(aroundTheClock, officeHours, timeZone);
        return a.equals(NONE) ? NONE : a;
    }

    /** Null (an audited revision from before availability was recorded) as {@link #NONE}. */
    public static Availability orNone(Availability availability) {
        return availability == null ? NONE : availability;
    }

    public boolean isAroundTheClock() {
        return Boolean.TRUE.equals(aroundTheClock);
    }

    public String getOfficeHours() {
        return officeHours;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** Whether this says when the entry answers (24/7 or hours); a zone alone does not. */
    public boolean saysWhen() {
        return isAroundTheClock() || officeHours != null;
    }

    /**
     * What a contact point's availability means given its authority's: its own 24/7 flag and hours when it has either,
     * else the authority's; its own zone, else the authority's.
     */
    public Availability orElse(Availability authority) {
        Availability a = orNone(authority);
        Availability when = saysWhen() ? this : a;
        return of(when.isAroundTheClock(), when.officeHours, timeZone != null ? timeZone : a.timeZone);
    }

    /** The zone its hours are in: its own, else the country's only zone; empty when neither is known. */
    public Optional<ZoneId> zoneIn(String country) {
        if (timeZone != null && ZoneId.getAvailableZoneIds().contains(timeZone)) {
            return Optional.of(ZoneId.of(timeZone));
        }
        return CountryTimeZones.defaultFor(country);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Availability other
                && isAroundTheClock() == other.isAroundTheClock()
                && Objects.equals(officeHours, other.officeHours)
                && Objects.equals(timeZone, other.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isAroundTheClock(), officeHours, timeZone);
    }

    /** As the history page and the exchange of changes show it: {@code 24/7; Mon-Fri 08:00-16:30; Europe/Stockholm}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(isAroundTheClock() ? "24/7" : "");
        for (String part : new String[] {officeHours, timeZone}) {
            if (part != null) {
                text.append(text.isEmpty() ? "" : "; ").append(part);
            }
        }
        return text.toString();
    }
}
