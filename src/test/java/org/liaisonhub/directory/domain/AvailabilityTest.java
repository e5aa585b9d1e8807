package org.liaisonhub.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.validation.ContentRules;
import org.liaisonhub.catalog.validation.RuleViolation;

class AvailabilityTest {

    private static final Instant TUESDAY_0800_UTC = Instant.parse("2026-06-16T08:00:00Z");
    private static final Instant TUESDAY_2000_UTC = Instant.parse("2026-06-16T20:00:00Z");

    @Test
    void countryDefault_isTheCountrysOnlyIanaZone_andNoneForCountriesWithSeveral() {
        assertThat(CountryTimeZones.defaultFor("SE")).contains(ZoneId.of("Europe/Stockholm"));
        assertThat(CountryTimeZones.defaultFor("FR")).contains(ZoneId.of("Europe/Paris"));
        assertThat(CountryTimeZones.defaultFor("IN")).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(CountryTimeZones.defaultFor("US"))
                .as("several zones: the entry must say")
                .isEmpty();
        assertThat(CountryTimeZones.zonesOf("BR")).contains(ZoneId.of("America/Sao_Paulo"));
        assertThat(CountryTimeZones.defaultFor("XX")).isEmpty();
    }

    @Test
    void everyZoneOfTheCountryTable_isKnownToTheJdkRules() {
        for (String country : java.util.Locale.getISOCountries()) {
            CountryTimeZones.zonesOf(country)
                    .forEach(zone -> assertThat(zone.getRules()).isNotNull());
        }
        assertThat(CountryTimeZones.zonesOf("RU")).hasSizeGreaterThan(5);
    }

    @Test
    void aContact_keepsItsOwnHoursOrFlag_elseTakesItsAuthoritys_andTheZoneSeparately() {
        Availability authority = Availability.of(false, "Mon-Fri 09:00-17:30", "America/New_York");

        assertThat(Availability.NONE.orElse(authority)).isEqualTo(authority);
        assertThat(Availability.of(true, null, null).orElse(authority))
                .isEqualTo(Availability.of(true, null, "America/New_York"));
        assertThat(Availability.of(false, "Mon 08:00-12:00", "America/Chicago").orElse(authority))
                .isEqualTo(Availability.of(false, "Mon 08:00-12:00", "America/Chicago"));
        assertThat(Availability.NONE.orElse(null)).isEqualTo(Availability.NONE);
    }

    @Test
    void openingStatus_inTheEntrysZone_atTwoTimesOfDay() {
        Availability office = Availability.of(false, "Mon-Fri 08:00-16:30", null);

        OpeningStatus morning = OpeningStatus.of(office, "SE", TUESDAY_0800_UTC);
        OpeningStatus evening = OpeningStatus.of(office, "SE", TUESDAY_2000_UTC);

        assertThat(morning.state()).isEqualTo(OpeningStatus.State.OPEN);
        assertThat(morning.localTime().toLocalTime()).hasToString("10:00");
        assertThat(morning.describe()).isEqualTo("open now");
        assertThat(evening.state()).isEqualTo(OpeningStatus.State.CLOSED);
        assertThat(evening.describe()).as("22:00 in Stockholm, opens at 08:00").isEqualTo("opens in 10 h");
        assertThat(OpeningStatus.of(office, "US", TUESDAY_0800_UTC).state())
                .as("no zone to read the hours in")
                .isEqualTo(OpeningStatus.State.UNKNOWN);
        assertThat(OpeningStatus.of(
                                Availability.of(false, "Mon-Fri 08:00-16:30", "America/Sao_Paulo"),
                                "BR",
                                TUESDAY_0800_UTC)
                        .describe())
                .as("05:00 in São Paulo")
                .isEqualTo("opens in 3 h");
    }

    @Test
    void openingStatus_ofA247Entry_andOneWithoutHours() {
        assertThat(OpeningStatus.of(Availability.of(true, null, null), "SE", TUESDAY_2000_UTC)
                        .describe())
                .isEqualTo("24/7");
        assertThat(OpeningStatus.of(Availability.NONE, "SE", TUESDAY_2000_UTC).state())
                .isEqualTo(OpeningStatus.State.UNKNOWN);
        assertThat(OpeningStatus.of(Availability.of(false, "Tue 22:10-23:00", null), "SE", TUESDAY_2000_UTC)
                        .describe())
                .isEqualTo("opens in 10 min");
    }

    @Test
    void rules_refuseUnreadableHoursAndUnknownOrFixedOffsetZones() {
        ContactContent content =
                ContactPointTestContent.withAvailability(Availability.of(false, "Mon-Fri 8-16", "Mars/Olympus"));

        assertThat(ContentRules.check(content))
                .extracting(RuleViolation::path)
                .containsExactlyInAnyOrder("availability.officeHours", "availability.timeZone");
        assertThat(ContentRules.check(ContactPointTestContent.withAvailability(Availability.of(false, null, "+02:00"))))
                .extracting(RuleViolation::path)
                .containsExactly("availability.timeZone");
        assertThat(ContentRules.check(ContactPointTestContent.withAvailability(
                        Availability.of(true, "Mon-Fri 08:00-16:30; Sat 22:00-02:00", "Europe/Stockholm"))))
                .isEmpty();
    }

    @Test
    void text_readsAsOnTheHistoryPage_andNothingForNone() {
        assertThat(Availability.of(true, "Mon-Fri 08:00-16:30", "Europe/Stockholm"))
                .hasToString("24/7; Mon-Fri 08:00-16:30; Europe/Stockholm");
        assertThat(Availability.of(false, " ", "")).isSameAs(Availability.NONE).hasToString("");
    }

    /** A valid contact point's content with the given availability. */
    static final class ContactPointTestContent {
        static ContactContent withAvailability(Availability availability) {
            return new ContactContent(
                    "se-npa",
                    "Duty desk",
                    null,
                    null,
                    null,
                    java.util.Set.of("sv"),
                    java.util.List.of(),
                    java.util.Set.of(),
                    java.util.Set.of(),
                    null,
                    null,
                    null,
                    availability);
        }
    }
}
