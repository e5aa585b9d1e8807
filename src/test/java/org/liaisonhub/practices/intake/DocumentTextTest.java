package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Swedish answer as TXT, DOCX and PDF gives the same question-by-question mapping. The DOCX and PDF
 * fixtures are made here from the same text (bold as real bold runs in DOCX; the PDF prints the text as it
 * is) and kept in target/intake-fixtures for inspection.
 */
public class DocumentTextTest {

    private static final Path FIXTURES = Path.of("target", "intake-fixtures");
    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));

    static String text;
    static QuestionnaireParser parser = new QuestionnaireParser(Questionnaire.ICT_INTERNATIONAL_COOPERATION);

    @BeforeAll
    static void load() throws IOException {
        text = QuestionnaireParserTest.sweden();
        Files.createDirectories(FIXTURES);
    }

    public static byte[] docx(String source) throws IOException {
        Pattern bold = Pattern.compile("\\*\\*(.+?)\\*\\*");
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String block : source.split("\\n\\s*\\n")) {
                XWPFParagraph paragraph = document.createParagraph();
                String[] lines = block.strip().split("\\n");
                for (int l = 0; l < lines.length; l++) {
                    Matcher m = bold.matcher(lines[l]);
                    int last = 0;
                    while (m.find()) {
                        paragraph.createRun().setText(lines[l].substring(last, m.start()));
                        XWPFRun run = paragraph.createRun();
                        run.setBold(true);
                        run.setText(m.group(1));
                        last = m.end();
                    }
                    XWPFRun tail = paragraph.createRun();
                    tail.setText(lines[l].substring(last));
                    if (l < lines.length - 1) {
                        tail.addBreak();
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] pdf(String source) throws IOException {
        Path font = FONTS.stream()
                .filter(Files::isReadable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "a Unicode TrueType font is needed to write the PDF fixture (Debian: fonts-dejavu-core)"));
        List<String> lines = new ArrayList<>();
        for (String line : source.split("\\n", -1)) {
            lines.addAll(wrap(line, 95));
        }
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font type = PDType0Font.load(document, new File(font.toString()));
            int perPage = 60;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(type, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    private static List<String> flatMapping(QuestionnaireMapping mapping) {
        return mapping.answers().stream()
                .map(a -> a.question() + "|" + a.choice() + "|" + a.options() + "|"
                        + QuestionnaireParserTest.flat(a.answer()))
                .toList();
    }

    @Test
    void docx_givesTheSameMappingAsText() throws IOException {
        byte[] docx = docx(text);
        Files.write(FIXTURES.resolve("sweden.docx"), docx);

        String extracted = DocumentText.extract(docx, "sweden.docx");

        assertThat(extracted).contains("**Yes**");
        assertThat(flatMapping(parser.parse(extracted))).isEqualTo(flatMapping(parser.parse(text)));
    }

    @Test
    void pdf_givesTheSameMappingAsText() throws IOException {
        byte[] pdf = pdf(text);
        Files.write(FIXTURES.resolve("sweden.pdf"), pdf);

        String extracted = DocumentText.extract(pdf, "sweden.pdf");

        assertThat(flatMapping(parser.parse(extracted))).isEqualTo(flatMapping(parser.parse(text)));
    }

    @Test
    void text_isTakenAsUtf8() {
        String extracted = DocumentText.extract(text.getBytes(StandardCharsets.UTF_8), "sweden.txt");

        assertThat(extracted).isEqualTo(text);
    }

    @Test
    void unreadableFiles_getAClearMessage() {
        assertThatThrownBy(() -> DocumentText.extract(new byte[0], "empty.txt"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> DocumentText.extract(
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "picture.png"))
                .hasMessageContaining("DOCX, PDF, plain text or Markdown");
        assertThatThrownBy(() -> DocumentText.extract(
                        "%PDF-1.7\n garbage, not a PDF".getBytes(StandardCharsets.ISO_8859_1), "broken.pdf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("could not be read");
        assertThatThrownBy(() -> DocumentText.extract(new byte[] {'a', (byte) 0xC3, '(', 'b'}, "latin.txt"))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void docxWithMoreTextThanTheLimit_isRefusedWithAClearMessage() throws IOException {
        byte[] docx = docx(text);

        assertThatThrownBy(
                        () -> DocumentText.extract(docx, "sweden.docx", text.length() / 2, DocumentText.PARSE_TIMEOUT))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(
                        "more than " + String.format(java.util.Locale.ROOT, "%,d", text.length() / 2) + " characters");
    }

    @Test
    void textFileWithMoreTextThanTheLimit_isRefused() {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DocumentText.extract(bytes, "sweden.txt", 1000, DocumentText.PARSE_TIMEOUT))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("characters of text");
        assertThat(DocumentText.extract(bytes, "sweden.txt", text.length(), DocumentText.PARSE_TIMEOUT))
                .as("exactly at the limit")
                .isEqualTo(text);
    }

    /** A few kilobytes of DOCX that unpack into 20 million characters. */
    @Test
    void zipBombLikeDocx_isRefusedWithAClearMessage() throws IOException {
        byte[] bomb = docx("A".repeat(20_000_000));
        assertThat(bomb.length).as("the file itself is small").isLessThan(DocumentText.MAX_BYTES / 100);

        assertThatThrownBy(() -> DocumentText.extract(bomb, "bomb.docx"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("unpacks into");
    }

    @Test
    void aParseThatOutlastsTheTimeout_isGivenUpWithAMessage() throws IOException {
        byte[] pdf = pdf(text);

        // A timeout of zero: the parse has certainly not finished when the wait for it ends.
        assertThatThrownBy(() ->
                        DocumentText.extract(pdf, "sweden.pdf", DocumentText.MAX_TEXT_CHARS, java.time.Duration.ZERO))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("given up");
    }
}
