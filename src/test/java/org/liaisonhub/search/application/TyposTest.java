package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void editsDependOnLength() {
        assertThat(Typos.maxEdits("eio")).isZero();
        assertThat(Typos.maxEdits("siena")).isEqualTo(1);
        assertThat(Typos.maxEdits("threema")).isEqualTo(1);
        assertThat(Typos.maxEdits("eurojust")).isEqualTo(2);
    }

    @Test
    void wordsWithDigits_areMeantExactly() {
        assertThat(Typos.maxEdits("k9d1f02w2n0v3")).isZero();
        assertThat(Typos.maxEdits("i247")).isZero();
    }

    @Test
    void distance_countsInsertionsDeletionsAndSubstitutions() {
        assertThat(Typos.distance("threma", "threema", 2)).isEqualTo(1);
        assertThat(Typos.distance("sienna", "siena", 2)).isEqualTo(1);
        assertThat(Typos.distance("thremaa", "threema", 2)).isEqualTo(2);
        assertThat(Typos.within("europol", "eurojust", 1)).isFalse();
    }
}
