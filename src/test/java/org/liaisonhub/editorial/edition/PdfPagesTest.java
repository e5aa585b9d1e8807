package org.liaisonhub.editorial.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout only, in the font inside PDFBox unless a test names a file: what the lines say is EditionPdfTest's. */
class PdfPagesTest {

    /** The Liberation Sans inside PDFBox, the font PdfPages uses when it is given none. */
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** An authority's name in the demo data (Egypt), and a longer one (Morocco). */
    private static final String ACA = "هيئة الرقابة الإدارية";

    private static final String INPPLC = "الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها";

    /** A line as PDFBox extracts it: its text, where it starts and ends, and its glyphs' own characters. */
    record Drawn(float left, float right, String glyphs) {}

    /** The pages' text, one string a page, as PDFBox extracts it; {@code lines} gets each text line. */
    private static List<String> draw(Path font, Consumer<PdfPages> lines, Map<String, Drawn> drawn) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfPages pages = new PdfPages(pdf, font);
            lines.accept(pages);
            pages.footers("Foot");
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    drawn.put(
                            text,
                            new Drawn(
                                    (float) positions.stream()
                                            .mapToDouble(TextPosition::getXDirAdj)
                                            .min()
                                            .orElseThrow(),
                                    (float) positions.stream()
                                            .mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj())
                                            .max()
                                            .orElseThrow(),
                                    positions.stream()
                                            .map(TextPosition::getUnicode)
                                            .collect(Collectors.joining())));
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
        Map<String, Drawn> x = new HashMap<>();
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
        assertThat(x.get("Heading").left())
                .isEqualTo(x.get("Line").left())
                .isEqualTo(x.get("Paragraph").left());
        assertThat(x.get("Indented").left()).isGreaterThan(x.get("Line").left());
    }

    @Test
    void arabicLines_alignRight_withJoinedLetters_andReadInOrder() throws IOException {
        Path dejaVu = PdfPages.installedFont();
        assumeTrue(dejaVu != null, "DejaVu Sans (fonts-dejavu-core) has the Arabic presentation forms");
        Map<String, Drawn> lines = new HashMap<>();
        String page = draw(
                        dejaVu,
                        out -> {
                            out.line(ACA);
                            out.indented(ACA + " 2");
                            out.line("Latin");
                        },
                        lines)
                .get(0);

        assertThat(page).contains(ACA + "\n").contains("Latin\n");
        float right = PDRectangle.A4.getWidth() - 50;
        assertThat(lines.get(ACA).right()).isCloseTo(right, within(1f));
        assertThat(lines.get(ACA).left()).isGreaterThan(lines.get("Latin").left() + 100);
        assertThat(lines).hasEntrySatisfying(ACA + " 2", indented -> assertThat(indented.right())
                .isCloseTo(right - 14, within(1f)));
        assertThat(lines.get(ACA).glyphs())
                .as("joined forms, drawn from the left: the last letter first")
                .startsWith("\uFE94\uFEF3\uFEAD") // "رية" from the left: teh marbuta final, yeh initial, reh isolated
                .endsWith("\uFEEB")
                .doesNotContain("\u0647");
    }

    @Test
    void aLongArabicParagraph_wrapsIntoRightAlignedLines_readFromTheFirst() throws IOException {
        Path dejaVu = PdfPages.installedFont();
        assumeTrue(dejaVu != null, "DejaVu Sans (fonts-dejavu-core) has the Arabic presentation forms");
        String paragraph = String.join(" ", Collections.nCopies(8, INPPLC));
        Map<String, Drawn> drawn = new HashMap<>();
        String page = draw(dejaVu, out -> out.line(paragraph), drawn).get(0);

        List<String> lines = page.lines().filter(l -> !l.startsWith("Foot")).toList();
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines)).isEqualTo(paragraph);
        lines.subList(0, lines.size() - 1)
                .forEach(line -> assertThat(drawn.get(line).right())
                        .as(line)
                        .isCloseTo(PDRectangle.A4.getWidth() - 50, within(1f)));
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
