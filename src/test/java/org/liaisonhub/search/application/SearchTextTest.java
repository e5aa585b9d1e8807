package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void controlAndFormatCharactersAndLoneSurrogates_becomeSpaces() {
        assertThat(SearchText.clean("a\u0000b\u202ec\u200fd")).isEqualTo("a b c d");
        assertThat(SearchText.clean("x\ud800y\udfffz")).isEqualTo("x y z");
        assertThat(SearchText.clean(null)).isEmpty();
    }

    @Test
    void emojiAndOtherScripts_stay() {
        assertThat(SearchText.clean(" 🚓 прокуратура 司法 ")).isEqualTo("🚓 прокуратура 司法");
    }
}
