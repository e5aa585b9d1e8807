package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words the search box completes, before any index is asked. */
class SuggestionsTest {

    @Test
    void fewerThanTwoCharacters_suggestNothing() {
        assertThat(Suggestions.words(null)).isEmpty();
        assertThat(Suggestions.words("e")).isEmpty();
        assertThat(Suggestions.words(" \u200Be\t")).isEmpty();
    }

    @Test
    void words_areFolded() {
        assertThat(Suggestions.words("Åklag")).isEqualTo("aklag");
        assertThat(Suggestions.words("  Europol   EMPACT ")).isEqualTo("europol empact");
    }

    @Test
    void punctuationAlone_suggestsNothing() {
        assertThat(Suggestions.words("-- ??")).isEmpty();
    }

    @Test
    void aLongPrefix_isReadUpToItsLimit_withoutSplittingASurrogatePair() {
        String prefix = "a".repeat(Suggestions.MAX_LENGTH - 1) + "😀" + " tail";

        String words = Suggestions.words(prefix);

        assertThat(words).doesNotContain("tail");
        assertThat(words.chars().anyMatch(c -> Character.isSurrogate((char) c))).isFalse();
        assertThat(words).startsWith("aaaa");
    }
}
