package org.liaisonhub.editorial.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lines of text on the A4 pages of a PDF, in one Unicode TrueType font: long lines wrap at spaces, right-to-left ones
 * align right, a new page starts when one is full, and {@link #footers} numbers every page at the end. What the lines say is {@link EditionPdf}'s job.
 */
final class PdfPages {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;

    private final PDDocument pdf;
    private final SafeText text;
    private PDPageContentStream stream;
    private float y;

    /** DejaVu Sans if installed, else null: the Liberation Sans inside PDFBox. */
    static Path installedFont() {
        return Files.isReadable(DEJAVU) ? DEJAVU : null;
    }

    /** {@code font}: a TrueType font file, null for the font inside PDFBox. Starts the first page. */
    PdfPages(PDDocument pdf, Path font) throws IOException {
        this.pdf = pdf;
        this.text = new SafeText(
                font == null
                        ? load(pdf, PdfPages.class.getResourceAsStream(BUNDLED))
                        : load(pdf, Files.newInputStream(font)));
        newPage();
    }

    /**
     * The font, embedded as a subset, without its glyph substitution table: PDFBox would otherwise set "ffi" and
     * "fl" as ligature glyphs, which text extraction (search, copy, pdftotext) returns as "ﬃ" instead of the letters.
     * The font is read into memory (small), so nothing stays mapped or open once the PDF is saved.
     */
    private static PDFont load(PDDocument pdf, InputStream in) throws IOException {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.getTableMap().remove(GlyphSubstitutionTable.TAG);
        return PDType0Font.load(pdf, font, true);
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        stream = new PDPageContentStream(pdf, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    /** A line at {@code size} points, half of that apart from what is above. */
    void heading(String line, float size) {
        y -= size / 2;
        write(line, size, 0);
    }

    void line(String line) {
        write(line, SIZE, 0);
    }

    void indented(String line) {
        write(line, SIZE, 14);
    }

    /** A line half a line apart from what is above. */
    void paragraph(String line) {
        y -= LEADING / 2;
        write(line, SIZE, 0);
    }

    /**
     * Null or blank lines print nothing, so callers need not test optional fields. Arabic is shaped and the line set
     * in reading order ({@link BidiText}); a paragraph that starts right to left aligns right, indented from there.
     */
    private void write(String line, float size, float indent) {
        if (line == null || line.isBlank()) {
            return;
        }
        try {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            String logical = logical(line);
            BidiText paragraph = BidiText.of(logical);
            for (SafeText.Span part : text.wrap(logical, size, width)) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                String visual = text.safe(paragraph.visual(part.start(), part.end()));
                float x = paragraph.rightToLeft()
                        ? PDRectangle.A4.getWidth() - MARGIN - indent - text.width(visual, size)
                        : MARGIN + indent;
                stream.beginText();
                stream.setFont(text.font, size);
                stream.newLineAtOffset(x, y);
                stream.showText(visual);
                stream.endText();
                y -= Math.max(LEADING, size * 1.3f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line in logical order as the font can draw it: Arabic letters in their joined forms, see {@link SafeText}. */
    private String logical(String line) {
        return text.safe(BidiText.shape(line, text::printable));
    }

    /**
     * Ends the last page and prints {@code footer} then " · page/pages" at the foot of every page: only now is the
     * number of pages known. Nothing can be written after it.
     */
    void footers(String footer) throws IOException {
        stream.close();
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream foot =
                    new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                BidiText line = BidiText.of(logical(footer + " · " + (i + 1) + "/" + total));
                String visual = text.safe(line.visual());
                foot.beginText();
                foot.setFont(text.font, 8);
                foot.newLineAtOffset(
                        line.rightToLeft() ? PDRectangle.A4.getWidth() - MARGIN - text.width(visual, 8) : MARGIN,
                        MARGIN / 2);
                foot.showText(visual);
                foot.endText();
            }
        }
    }
}
