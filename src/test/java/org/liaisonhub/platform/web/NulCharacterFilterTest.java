package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NulCharacterFilterTest {

    @Test
    void anEncodedNul_inAnAddressOrQuery_isFound_inEitherCase() {
        assertThat(NulCharacterFilter.hasEncodedNul("/api/contacts/se-%00")).isTrue();
        assertThat(NulCharacterFilter.hasEncodedNul("q=a%00b")).isTrue();
    }

    @Test
    void anEncodedPercentFollowedByZeros_isNotANul() {
        assertThat(NulCharacterFilter.hasEncodedNul("q=100%2500")).isFalse();
        assertThat(NulCharacterFilter.hasEncodedNul("q=%C3%A9")).isFalse();
    }
}
