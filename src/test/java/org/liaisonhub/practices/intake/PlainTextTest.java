package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void utf8Text_isTakenAsItIs() {
        String text = "Åklagarmyndigheten – **Yes** / No\n\nΕισαγγελία ☒\n";

        assertThat(PlainText.read(text.getBytes(StandardCharsets.UTF_8), 1000)).isEqualTo(text);
    }

    @Test
    void latin1Text_isRefusedWithAskingForUtf8() {
        byte[] latin1 = "Åklagarmyndigheten".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> PlainText.read(latin1, 1000))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("must be UTF-8");
    }

    @Test
    void theLimitCountsCharacters_notBytes() {
        byte[] fiveLetters = "ÅÄÖåä".getBytes(StandardCharsets.UTF_8);

        assertThat(PlainText.read(fiveLetters, 5)).as("10 bytes, 5 characters").isEqualTo("ÅÄÖåä");
        assertThatThrownBy(() -> PlainText.read(fiveLetters, 4))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("more than 4 characters of text");
    }
}
