package org.liaisonhub.editorial.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout only, in the font inside PDFBox unless a test names a file: what the lines say is EditionPdfTest's. */
class PdfPagesTest {

    /** The Liberation Sans inside PDFBox, the font PdfPages uses when it is given none. */
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** The pages' text, one string a page, as PDFBox extracts it; {@code x} gets where each text line starts. */
    private static List<String> draw(Path font, Consumer<PdfPages> lines, Map<String, Float> x) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfPages pages = new PdfPages(pdf, font);
            lines.accept(pages);
            pages.footers("Foot");
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    x.put(text, positions.get(0).getXDirAdj());
                    super.writeString(text, positions);
                }
            };
            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                texts.add(stripper.getText(pdf));
            }
            return texts;
        }
    }

    private static List<String> draw(Consumer<PdfPages> lines) throws IOException {
        return draw(null, lines, new HashMap<>());
    }

    @Test
    void aFullPage_goesOnOnTheNext_andEveryFooterNumbersItsPage() throws IOException {
        List<String> pages = draw(out -> IntStream.rangeClosed(1, 150).forEach(i -> out.line("Line " + i)));

        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("Foot · " + (i + 1) + "/" + pages.size());
        }
        String all = String.join("\n", pages);
        IntStream.rangeClosed(1, 150).forEach(i -> assertThat(all).containsOnlyOnce("Line " + i + "\n"));
        assertThat(all.indexOf("Line 149\n")).isGreaterThan(all.indexOf("Line 2\n"));
    }

    @Test
    void aLongLine_wrapsAtSpaces_andKeepsEveryWord() throws IOException {
        String words = String.join(" ", Collections.nCopies(60, "word"));
        List<String> pages = draw(out -> out.line(words));

        assertThat(pages).hasSize(1);
        List<String> lines =
                pages.get(0).lines().filter(l -> l.startsWith("word")).toList();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(words);
    }

    @Test
    void nullAndBlankLines_printNothing() throws IOException {
        List<String> pages = draw(out -> {
            out.line(null);
            out.line("  ");
            out.indented("");
            out.paragraph(null);
            out.heading(" ", 16);
        });

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).strip()).isEqualTo("Foot · 1/1");
    }

    @Test
    void indentedLines_startFurtherRight() throws IOException {
        Map<String, Float> x = new HashMap<>();
        draw(
                null,
                out -> {
                    out.heading("Heading", 13);
                    out.line("Line");
                    out.indented("Indented");
                    out.paragraph("Paragraph");
                },
                x);

        assertThat(x).containsKeys("Heading", "Line", "Indented", "Paragraph");
        assertThat(x.get("Heading")).isEqualTo(x.get("Line")).isEqualTo(x.get("Paragraph"));
        assertThat(x.get("Indented")).isGreaterThan(x.get("Line"));
    }

    @Test
    void aFontFile_isEmbeddedWithoutLigatures_andGlyphsItLacksBecomeQuestionMarks(@TempDir Path dir)
            throws IOException {
        Path font = dir.resolve("font.ttf");
        try (InputStream bundled = PdfPages.class.getResourceAsStream(BUNDLED)) {
            Files.copy(bundled, font);
        }
        String text = draw(font, out -> out.line("Office flow 東京\tend"), new HashMap<>())
                .get(0);

        assertThat(text).contains("Office flow ?? end").doesNotContain("\uFB03").doesNotContain("\uFB02");
    }
}
