package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NulCharactersTest {

    @Test
    void aJsonBody_withTheNulEscape_inAnyCase_orARawNul_isFound() {
        assertThat(NulCharacters.inJson("{\"name\": \"A\\u0000B\"}")).isTrue();
        assertThat(NulCharacters.inJson("{\"name\": \"A\\U0000B\"}")).isTrue();
        assertThat(NulCharacters.inJson("{\"name\": \"A\0B\"}")).isTrue();
    }

    @Test
    void otherJsonEscapesAndText_pass() {
        assertThat(NulCharacters.inJson("{\"name\": \"A\\u0001B \\u00e9 100%00 \\\\\"}"))
                .isFalse();
        assertThat(NulCharacters.inJson("ends with a backslash \\")).isFalse();
        assertThat(NulCharacters.inJson(null)).isFalse();
    }

    @Test
    void anEncodedOrRawNul_inAnAddressOrQuery_isFound() {
        assertThat(NulCharacters.inAddress("/api/contacts/se-%00")).isTrue();
        assertThat(NulCharacters.inAddress("q=a%00b")).isTrue();
        assertThat(NulCharacters.inAddress("q=a\0b")).isTrue();
    }

    @Test
    void anEncodedPercentFollowedByZeros_isNotANul() {
        assertThat(NulCharacters.inAddress("q=100%2500")).isFalse();
        assertThat(NulCharacters.inAddress("q=%C3%A9")).isFalse();
        assertThat(NulCharacters.inAddress(null)).isFalse();
    }

    @Test
    void inDecodedText_onlyTheCharacterItselfCounts() {
        assertThat(NulCharacters.inText("A\0B")).isTrue();
        assertThat(NulCharacters.inText("100%00 \\u0000")).isFalse();
    }
}
