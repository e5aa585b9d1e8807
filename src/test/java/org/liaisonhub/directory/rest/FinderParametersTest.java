package org.liaisonhub.directory.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FinderParametersTest {

    @Test
    void urgent_readsTheUsualSpellings_andRefusesOthers() {
        assertThat(FinderParameters.flag(null)).isFalse();
        assertThat(FinderParameters.flag("")).isFalse();
        assertThat(FinderParameters.flag("TRUE")).isTrue();
        assertThat(FinderParameters.flag("on")).isTrue();
        assertThat(FinderParameters.flag("0")).isFalse();
        assertThatThrownBy(() -> FinderParameters.flag("urgent"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'urgent' must be true or false");
    }

    @Test
    void at_readsAnInstantWithAnyOffset_andRefusesLocalOrGarbledTimes() {
        assertThat(FinderParameters.instant(null)).isNull();
        assertThat(FinderParameters.instant("2026-06-16T08:00:00Z")).isEqualTo(Instant.parse("2026-06-16T08:00:00Z"));
        assertThat(FinderParameters.instant("2026-06-16T10:00+02:00")).isEqualTo(Instant.parse("2026-06-16T08:00:00Z"));
        assertThatThrownBy(() -> FinderParameters.instant("2026-06-16T10:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("with an offset");
        assertThatThrownBy(() -> FinderParameters.instant("tomorrow")).isInstanceOf(IllegalArgumentException.class);
    }
}
