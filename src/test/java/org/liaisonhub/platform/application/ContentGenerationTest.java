package org.liaisonhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The settling delays after a write, as an operator writes them. */
class ContentGenerationTest {

    @Test
    void settleDelays_readFromTheSetting() {
        assertThat(ContentGeneration.settleDelays("500 1000 2000 4000")).containsExactly(500L, 1000L, 2000L, 4000L);
        assertThat(ContentGeneration.settleDelays("500,1000")).containsExactly(500L, 1000L);
        assertThat(ContentGeneration.settleDelays("0")).isEmpty();
        assertThat(ContentGeneration.settleDelays("")).isEmpty();
    }
}
