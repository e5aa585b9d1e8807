package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Snippets with the matched words marked, everything else escaped. */
class HighlightsTest {

    @Test
    void exactWord_isMarked() {
        assertThat(new Highlights(List.of("Threema")).snippet("GlobE Threema for urgent contact"))
                .isEqualTo("GlobE <mark>Threema</mark> for urgent contact");
    }

    @Test
    void stemmedAndFoldedForms_areMarked() {
        assertThat(new Highlights(List.of("request")).snippet("Incoming requests only"))
                .contains("<mark>requests</mark>");
        assertThat(new Highlights(List.of("aklagarmyndigheten")).snippet("Åklagarmyndigheten, Stockholm"))
                .contains("<mark>Åklagarmyndigheten</mark>");
        assertThat(new Highlights(List.of("прокуратуры")).snippet("Генеральная прокуратура"))
                .contains("<mark>прокуратура</mark>");
    }

    @Test
    void typo_marksTheWordItMeant() {
        assertThat(new Highlights(List.of("Threma")).snippet("GlobE Threema")).contains("<mark>Threema</mark>");
    }

    @Test
    void typoMatchesFromTheDictionary_markThoseWordsOnly() {
        // "thema" is one edit from "threma" too, but the typo clauses matched "threema" alone.
        assertThat(new Highlights(List.of("Threma"), Set.of("threema")).snippet("Threema or thema"))
                .isEqualTo("<mark>Threema</mark> or thema");
        assertThat(new Highlights(List.of("Threma")).snippet("Threema or thema"))
                .isEqualTo("<mark>Threema</mark> or <mark>thema</mark>");
    }

    @Test
    void otherLanguagesStems_markWithinTheExcerpt() {
        // The exact form far into the text moves the excerpt there; the Russian stemmer then marks the other form.
        String text = "word ".repeat(100) + "прокуратуры и прокуратура " + "tail ".repeat(100);
        assertThat(new Highlights(List.of("прокуратуры")).snippet(text))
                .startsWith("…")
                .contains("<mark>прокуратуры</mark> и <mark>прокуратура</mark>");
        assertThat(new Highlights(List.of("прокуратуры")).snippet("Генеральная прокуратура " + "tail ".repeat(100)))
                .startsWith("Генеральная <mark>прокуратура</mark>");
    }

    @Test
    void storedMarkup_isEscaped() {
        String snippet = new Highlights(List.of("alert")).snippet("<script>alert('x')</script> & <b>bold</b>");
        assertThat(snippet)
                .doesNotContain("<script", "<b>")
                .isEqualTo(
                        "&lt;script&gt;<mark>alert</mark>(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(Highlights.plain(snippet)).isEqualTo("<script>alert('x')</script> & <b>bold</b>");
    }

    @Test
    void longText_showsTheWindowAroundTheFirstMatch() {
        String text = "word ".repeat(100) + "needle " + "tail ".repeat(100);
        String snippet = new Highlights(List.of("needle")).snippet(text);
        assertThat(snippet).startsWith("…").contains("<mark>needle</mark>").endsWith("…");
        assertThat(snippet.length()).isLessThan(Snippets.LENGTH + 40);
    }

    @Test
    void noQuery_stillEscapes() {
        assertThat(new Highlights(List.of()).snippet("a < b")).isEqualTo("a &lt; b");
        assertThat(new Highlights(List.of()).snippet(null)).isEmpty();
    }
}
