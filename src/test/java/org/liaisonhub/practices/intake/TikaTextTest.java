package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TikaTextTest {

    private static final String ANSWER = """
            2. Please provide additional details.

            The **EJN Atlas** and the European Judicial Network.
            """;

    @Test
    void docx_keepsParagraphsAndBold() throws IOException {
        String text =
                TikaText.extract(DocumentTextTest.docx(ANSWER), "answer.docx", "DOCX", 10_000, Duration.ofSeconds(30));

        assertThat(text)
                .isEqualTo("2. Please provide additional details.\n\nThe **EJN Atlas** and the European "
                        + "Judicial Network.\n");
    }

    @Test
    void pdf_keepsTheWordsInTheirOrder() throws IOException {
        // The PDF fixture prints the text as it is, asterisks included.
        String text =
                TikaText.extract(DocumentTextTest.pdf(ANSWER), "answer.pdf", "PDF", 10_000, Duration.ofSeconds(30));

        assertThat(text.replaceAll("\\s+", " "))
                .isEqualTo("2. Please provide additional details. The **EJN Atlas** "
                        + "and the European Judicial Network. ");
    }

    @Test
    void aDamagedFile_isNamedByItsFormatInTheMessage() {
        byte[] broken = "%PDF-1.7\n garbage, not a PDF".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TikaText.extract(broken, "broken.pdf", "PDF", 10_000, Duration.ofSeconds(30)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("The file could not be read as PDF (is it damaged or password-protected?).");
    }

    @Test
    void moreTextThanTheLimit_stopsTheParseWithTheLimitInTheMessage() throws IOException {
        byte[] docx = DocumentTextTest.docx(ANSWER);

        assertThatThrownBy(() -> TikaText.extract(docx, "answer.docx", "DOCX", 20, Duration.ofSeconds(30)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("more than 20 characters");
    }

    @Test
    void aZipBomb_isRecognisedAnywhereInTheChainOfCauses() {
        Exception poi = new IllegalStateException(
                "wrapped",
                new IOException(
                        "Zip bomb detected! The file would " + "exceed the max. ratio of compressed file size"));

        assertThat(TikaText.isZipBomb(poi)).isTrue();
        assertThat(TikaText.isZipBomb(new IOException(
                        "Suspected zip bomb: 100 input bytes produced 10000000 " + "output characters")))
                .isTrue();
        assertThat(TikaText.isZipBomb(new IOException("Unexpected end of ZLIB input stream")))
                .isFalse();
        assertThat(TikaText.isZipBomb(new IOException((String) null))).isFalse();
    }
}
