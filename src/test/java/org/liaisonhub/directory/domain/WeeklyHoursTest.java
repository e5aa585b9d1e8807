package org.liaisonhub.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void officeDays_openInsideTheirHoursOnly() {
        WeeklyHours hours = WeeklyHours.parse("Mon-Fri 08:00-16:30");

        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-16T08:00")))
                .as("Tuesday at opening")
                .isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-16T16:29"))).isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-16T16:30")))
                .as("closing time is closed")
                .isFalse();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-16T07:59"))).isFalse();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-20T10:00")))
                .as("Saturday")
                .isFalse();
    }

    @Test
    void severalGroupsAndPeriods_lunchBreakIncluded() {
        WeeklyHours hours = WeeklyHours.parse("mon-thu 09:00-12:30 14:00-17:30; Fri 09:00-15:00");

        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-15T13:00")))
                .as("Monday lunch")
                .isFalse();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-15T14:00"))).isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-19T16:00")))
                .as("Friday afternoon")
                .isFalse();
    }

    @Test
    void overnightHours_runIntoTheNextDay_includingSundayIntoMonday() {
        WeeklyHours hours = WeeklyHours.parse("Sat-Sun 22:00-06:00");

        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-20T23:00")))
                .as("Saturday night")
                .isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-21T05:59")))
                .as("Sunday early morning")
                .isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-22T05:00")))
                .as("Monday early: Sunday's night")
                .isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-20T05:00")))
                .as("Saturday early: Friday had none")
                .isFalse();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-22T06:00"))).isFalse();
    }

    @Test
    void wrappingDayRange_andMidnightAsEnd() {
        WeeklyHours hours = WeeklyHours.parse("Fri-Mon 18:00-24:00");

        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-21T23:59")))
                .as("Sunday")
                .isTrue();
        assertThat(hours.isOpen(LocalDateTime.parse("2026-06-16T20:00")))
                .as("Tuesday")
                .isFalse();
    }

    @Test
    void untilNextOpening_countsRealHours_acrossTheSpringDstChange() {
        // Saturday 28 March 2026 12:00 in Stockholm; clocks go from 02:00 to 03:00 on Sunday 29 March.
        ZonedDateTime saturdayNoon = ZonedDateTime.of(LocalDateTime.parse("2026-03-28T12:00"), STOCKHOLM);

        Duration wait = WeeklyHours.parse("Mon-Fri 08:00-16:30")
                .untilNextOpening(saturdayNoon)
                .orElseThrow();

        assertThat(wait).as("44 wall-clock hours, one of them skipped").isEqualTo(Duration.ofHours(43));
    }

    @Test
    void untilNextOpening_acrossTheAutumnDstChange_andIntoAGap() {
        ZonedDateTime saturdayNoon = ZonedDateTime.of(LocalDateTime.parse("2026-10-24T12:00"), STOCKHOLM);
        assertThat(WeeklyHours.parse("Mon-Fri 08:00-16:30").untilNextOpening(saturdayNoon))
                .as("one hour repeated on Sunday 25 October")
                .contains(Duration.ofHours(45));

        // Opening at 02:30 on the night that has no 02:30 opens when the clocks jump, at 03:30 summer time:
        // from 23:00 winter time (22:00 UTC) to 03:30 summer time (01:30 UTC).
        ZonedDateTime saturdayEvening = ZonedDateTime.of(LocalDateTime.parse("2026-03-28T23:00"), STOCKHOLM);
        assertThat(WeeklyHours.parse("Sun 02:30-05:00").untilNextOpening(saturdayEvening))
                .contains(Duration.ofMinutes(210));
    }

    @Test
    void untilNextOpening_isEmptyForAnOfficeThatNeverOpensAgain_andNextWeekWhenJustMissed() {
        ZonedDateTime mondayNoon = ZonedDateTime.of(LocalDateTime.parse("2026-06-15T12:00"), STOCKHOLM);

        assertThat(WeeklyHours.parse("Mon 08:00-10:00").untilNextOpening(mondayNoon))
                .contains(Duration.ofDays(7).minusHours(4));
    }

    @Test
    void unreadableHours_sayWhatIsWrong() {
        assertThat(WeeklyHours.problem("Mon-Fri 8-16"))
                .hasValueSatisfying(p -> assertThat(p).contains("'8'"));
        assertThat(WeeklyHours.problem("Lun-Ven 08:00-16:00"))
                .hasValueSatisfying(p -> assertThat(p).contains("Lun"));
        assertThat(WeeklyHours.problem("Mon-Fri"))
                .hasValueSatisfying(p -> assertThat(p).contains("needs days and hours"));
        assertThat(WeeklyHours.problem("Mon 25:00-26:00")).isPresent();
        assertThat(WeeklyHours.problem("Mon 08:00-08:00"))
                .hasValueSatisfying(p -> assertThat(p).contains("same time"));
        assertThat(WeeklyHours.problem(" ")).as("blank: no hours, not wrong").isEmpty();
        assertThatThrownBy(() -> WeeklyHours.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
