package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void markupForStorage_losesScriptsHandlersAndJavascriptLinks() {
        String stored = RichText.forStorage(
                "<p>Ok</p><script>x()</script><img src=x onerror=x()>" + "<a href=\"javascript:x()\">link</a>");

        assertThat(stored).contains("<p>Ok</p>", "link").doesNotContain("script", "onerror", "<img", "javascript:");
    }

    @Test
    void textWithoutMarkup_isStoredAsWritten() {
        assertThat(RichText.forStorage("Sweden's MLA desk & EJN: +46 10 443 50 00"))
                .isEqualTo("Sweden's MLA desk & EJN: +46 10 443 50 00");
        assertThat(RichText.forStorage(null)).isNull();
    }

    @Test
    void encodedMarkup_staysText() {
        // No '<': kept as written; every page sanitises again, and the sanitiser shows it as text.
        assertThat(RichText.forStorage("&lt;script&gt;x()&lt;/script&gt;")).doesNotContain("<");
        assertThat(RichText.sanitize("&lt;script&gt;x()&lt;/script&gt;")).doesNotContain("<");
    }
}
