package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextFunctionsTest {

    private final RichTextFunctions richText = new RichTextFunctions();

    @Test
    void html_keepsFormatting_butNeverScripts_evenInTextThatBypassedTheForms() {
        String shown =
                richText.html("<p><strong>MLA</strong> desk</p><script>x()</script><a href=\"javascript:x()\">y</a>");

        assertThat(shown).contains("<strong>MLA</strong>").doesNotContain("script", "javascript:");
    }

    @Test
    void html_ofNoText_isEmpty() {
        assertThat(richText.html(null)).isEmpty();
    }
}
