package org.liaisonhub.alerts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.liaisonhub.alerts.domain.PendingAlertMatch.Readiness;
import org.liaisonhub.catalog.EntryType;

class PendingAlertMatchTest {

    private static final Instant PUBLISHED = Instant.parse("2026-12-05T10:00:00Z");

    private final PendingAlertMatch row = PendingAlertMatch.of(EntryType.AUTHORITY, "se-police", 7, true, PUBLISHED);

    @Test
    void aNewRow_isFirstDueShortlyAfterItsCommit_soThePublishingNodeTriesFirst() {
        assertThat(row.getNotBefore()).isEqualTo(PUBLISHED.plusSeconds(2));
        assertThat(row.getAttempts()).isZero();
        assertThat(row.getEntryVersion()).isEqualTo(7);
        assertThat(row.isNewlyPublished()).isTrue();
    }

    @Test
    void theIndexAtThePublishedVersionOrLater_makesItReady() {
        assertThat(row.readiness(OptionalLong.of(7), true, PUBLISHED)).isEqualTo(Readiness.INDEXED);
        assertThat(row.readiness(OptionalLong.of(9), true, PUBLISHED)).isEqualTo(Readiness.INDEXED);
    }

    @Test
    void anOlderDocumentOrNone_waits() {
        assertThat(row.readiness(OptionalLong.of(6), true, PUBLISHED.plusSeconds(1)))
                .isEqualTo(Readiness.NOT_YET);
        assertThat(row.readiness(OptionalLong.empty(), true, PUBLISHED.plusSeconds(1)))
                .isEqualTo(Readiness.NOT_YET);
    }

    @Test
    void anEntryNoLongerPublished_isWithdrawn_whateverTheIndexHolds() {
        assertThat(row.readiness(OptionalLong.of(8), false, PUBLISHED)).isEqualTo(Readiness.WITHDRAWN);
        assertThat(row.readiness(OptionalLong.empty(), false, PUBLISHED)).isEqualTo(Readiness.WITHDRAWN);
        assertThat(row.readiness(OptionalLong.empty(), false, PUBLISHED.plus(Duration.ofHours(1))))
                .isEqualTo(Readiness.WITHDRAWN);
    }

    @Test
    void aRowTheIndexNeverCatchesUpWith_isGivenUpAfterTenMinutes() {
        Instant almost = PUBLISHED.plus(PendingAlertMatch.GIVE_UP_AFTER).minusMillis(1);
        Instant then = PUBLISHED.plus(PendingAlertMatch.GIVE_UP_AFTER);

        assertThat(PendingAlertMatch.GIVE_UP_AFTER).isEqualTo(Duration.ofMinutes(10));
        assertThat(row.readiness(OptionalLong.of(6), true, almost)).isEqualTo(Readiness.NOT_YET);
        assertThat(row.expired(almost)).isFalse();
        assertThat(row.readiness(OptionalLong.of(6), true, then)).isEqualTo(Readiness.GIVEN_UP);
        assertThat(row.expired(then)).isTrue();
        assertThat(row.readiness(OptionalLong.of(7), true, then))
                .as("late, but indexed: still matched")
                .isEqualTo(Readiness.INDEXED);
    }

    @Test
    void postponing_backsOffFromOneSecondToThirty() {
        Instant now = PUBLISHED;
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            row.postpone(now);
            waits.add(Duration.between(now, row.getNotBefore()).toSeconds());
            now = row.getNotBefore();
        }

        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(row.getAttempts()).isEqualTo(8);
    }
}
