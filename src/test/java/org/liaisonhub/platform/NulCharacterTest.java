package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NulCharacterTest {

    @Test
    void aJsonBody_withTheNulEscape_inAnyCase_orARawNul_isRefused() {
        assertThat(NulCharacterRequestFilter.carriesNul("{\"name\": \"A\\u0000B\"}")).isTrue();
        assertThat(NulCharacterRequestFilter.carriesNul("{\"name\": \"A\\U0000B\"}")).isTrue();
        assertThat(NulCharacterRequestFilter.carriesNul("{\"name\": \"A\0B\"}")).isTrue();
    }

    @Test
    void otherEscapesAndText_pass() {
        assertThat(NulCharacterRequestFilter.carriesNul("{\"name\": \"A\\u0001B \\u00e9 100%00\"}")).isFalse();
    }
}
