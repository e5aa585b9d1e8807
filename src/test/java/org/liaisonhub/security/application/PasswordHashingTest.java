package org.liaisonhub.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashWithFewerIterationsOrAnotherAlgorithm_isOutdated() {
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="))
                .isTrue();
        assertThat(PasswordHashing.isOutdated("garbage")).isTrue();
        assertThat(PasswordHashing.isOutdated(null)).isTrue();
    }

    @Test
    void aHashWithTodaysWorkFactor_isNot() {
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="))
                .isFalse();
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:700000:c2FsdA==:aGFzaA=="))
                .isFalse();
    }
}
