package org.liaisonhub.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiaisonIdentityStoreTest {

    @Test
    void overLongNamesAndPasswords_areRefusedBeforeAnyLookup() {
        assertThat(LiaisonIdentityStore.withinLimits("a".repeat(64), "p".repeat(1024)))
                .isTrue();
        assertThat(LiaisonIdentityStore.withinLimits("a".repeat(65), "password"))
                .isFalse();
        assertThat(LiaisonIdentityStore.withinLimits("alice", "p".repeat(1025))).isFalse();
        assertThat(LiaisonIdentityStore.withinLimits("", "password")).isFalse();
        assertThat(LiaisonIdentityStore.withinLimits(null, "password")).isFalse();
    }
}
