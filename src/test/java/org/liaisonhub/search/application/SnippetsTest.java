package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void excerpt_keepsShortTextWithWhitespaceFolded() {
        assertThat(Snippets.excerpt("  Handles\n European   Investigation Orders. "))
                .isEqualTo("Handles European Investigation Orders.");
        assertThat(Snippets.excerpt(null)).isEmpty();
    }

    @Test
    void excerpt_cutsLongTextAtAWordBoundary() {
        String text = "word ".repeat(100);
        String excerpt = Snippets.excerpt(text);
        assertThat(excerpt).endsWith("word…").hasSizeLessThanOrEqualTo(Snippets.LENGTH + 1);
    }

    @Test
    void excerpt_neverSplitsASurrogatePair() {
        String text = "x".repeat(Snippets.LENGTH - 1) + "😀" + "y".repeat(50);
        String excerpt = Snippets.excerpt(text);
        char last = excerpt.charAt(excerpt.length() - 2);
        assertThat(Character.isHighSurrogate(last)).isFalse();
    }
}
