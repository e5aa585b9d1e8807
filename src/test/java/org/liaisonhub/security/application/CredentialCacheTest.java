package org.liaisonhub.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    final CredentialCache cache = new CredentialCache();

    @Test
    void aRememberedPassword_isFoundWithItsStamp_anotherPasswordIsNot() {
        cache.remember("alice", "right-password-1", 3);

        assertThat(cache.stampOf("alice", "right-password-1")).contains(3L);
        assertThat(cache.stampOf("alice", "wrong-password-1")).isEmpty();
        assertThat(cache.stampOf("bob", "right-password-1")).isEmpty();
    }

    @Test
    void forget_dropsEveryEntryOfThatUserOnly() {
        cache.remember("alice", "one-password-1", 0);
        cache.remember("alice", "two-password-2", 0);
        cache.remember("alice2", "one-password-1", 0);

        cache.forget("alice");

        assertThat(cache.stampOf("alice", "one-password-1")).isEmpty();
        assertThat(cache.stampOf("alice", "two-password-2")).isEmpty();
        assertThat(cache.stampOf("alice2", "one-password-1")).contains(0L);
    }

    @Test
    void twoProcesses_keyTheSamePasswordDifferently_soAKeyIsWorthlessElsewhere() {
        CredentialCache other = new CredentialCache();
        cache.remember("alice", "right-password-1", 1);

        assertThat(other.stampOf("alice", "right-password-1")).isEmpty();
    }
}
