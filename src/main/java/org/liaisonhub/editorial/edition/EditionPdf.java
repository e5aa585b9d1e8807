package org.liaisonhub.editorial.edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.Keyed;

/**
 * Draws an edition as a PDF with Apache PDFBox: a cover block (scope, audience level, who generated it and when,
 * expiry, signing key), then the authorities by country with their contact points, the network resources and the
 * good practices. Every page carries the audience level, the generation date and the expiry date in its footer.
 * Text is set in a Unicode TrueType font (DejaVu Sans where installed, else the Liberation Sans PDFBox ships), embedded
 * as a subset; a character the font lacks prints as "?". PDFBox does not shape complex scripts: Arabic letters print
 * unjoined (docs/editions.md).
 */
public final class EditionPdf {

    /** What the cover and every footer say about the edition. Labels come from {@code labels} (the message bundle). */
    public record Cover(String scope, String audience, String generatedBy, Instant generatedAt, Instant expiresAt,
            String keyFingerprint) {
    }

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final float MARGIN = 50;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;

    private final Path font;

    /** {@code font}: a TrueType font file; null for DejaVu Sans if installed, else the font inside PDFBox. */
    public EditionPdf(Path font) {
        this.font = font != null ? font : Files.isReadable(DEJAVU) ? DEJAVU : null;
    }

    public byte[] render(Cover cover, ExchangeDocument content, Function<String, String> labels) {
        try (PDDocument pdf = new PDDocument()) {
            PDFont type = font == null ? load(pdf, EditionPdf.class.getResourceAsStream(BUNDLED))
                    : load(pdf, Files.newInputStream(font));
            PageWriter out = new PageWriter(pdf, new SafeText(type));
            out.heading(labels.apply("edition.pdf.title") + " – " + cover.scope(), 16);
            out.line(labels.apply("edition.audience") + ": " + cover.audience());
            out.line(labels.apply("edition.generated") + ": " + MINUTE.format(cover.generatedAt()) + " ("
                    + cover.generatedBy() + ")");
            out.line(labels.apply("edition.expires") + ": " + DAY.format(cover.expiresAt()));
            out.line(labels.apply("edition.pdf.key") + ": SHA-256 " + cover.keyFingerprint());
            out.paragraph(labels.apply("edition.pdf.notice"));
            body(out, content, labels);
            out.close();
            footers(pdf, out.text, cover, labels);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(labels.apply("edition.pdf.title") + " – " + cover.scope());
            info.setCreator("Liaison");
            info.setCreationDate(calendar(cover.generatedAt()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw the edition PDF: " + e.getMessage(), e);
        }
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

    private static void body(PageWriter out, ExchangeDocument content, Function<String, String> labels)
            throws IOException {
        Map<String, List<Keyed<ContactContent>>> contacts = content.contacts().stream()
                .collect(Collectors.groupingBy(c -> c.content().authorityKey()));
        out.heading(labels.apply("edition.pdf.authorities") + " (" + content.authorities().size() + ")", 13);
        List<Keyed<AuthorityContent>> authorities = new ArrayList<>(content.authorities());
        authorities.sort(Comparator.comparing((Keyed<AuthorityContent> a) -> a.content().country())
                .thenComparing(a -> a.content().name()));
        for (Keyed<AuthorityContent> a : authorities) {
            AuthorityContent authority = a.content();
            out.heading(authority.country() + " · " + authority.name()
                    + (authority.localName() == null ? "" : " (" + authority.localName() + ")"), 11);
            out.line(join(authority.kind().name(), authority.website()));
            for (Keyed<ContactContent> c : contacts.getOrDefault(a.key(), List.of())) {
                ContactContent contact = c.content();
                out.line("• " + contact.role());
                out.indented(join(contact.personName(), contact.email(), contact.phone(),
                        contact.languages().isEmpty() ? null : String.join(", ", contact.languages().stream().sorted().toList())));
                contact.channels().forEach(channel -> out.indented(channel.getType() + ": " + channel.getAddress()));
                if (!contact.networks().isEmpty()) {
                    out.indented(labels.apply("edition.pdf.networks") + ": "
                            + String.join(", ", contact.networks().stream().sorted().toList()));
                }
            }
        }
        out.heading(labels.apply("edition.pdf.resources") + " (" + content.resources().size() + ")", 13);
        content.resources().stream().sorted(Comparator.comparing(r -> r.content().name())).forEach(r -> out.line(
                join(r.content().name() + (r.content().acronym() == null ? "" : " (" + r.content().acronym() + ")"),
                        r.content().url())));
        out.heading(labels.apply("edition.pdf.practices") + " (" + content.practices().size() + ")", 13);
        content.practices().stream().sorted(Comparator.comparing(p -> p.content().title()))
                .forEach(p -> out.line(join(p.content().country(), p.content().title())));
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
    }

    private static void footers(PDDocument pdf, SafeText text, Cover cover, Function<String, String> labels)
            throws IOException {
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String footer = labels.apply("edition.audience") + ": " + cover.audience() + " · "
                        + labels.apply("edition.generated") + ": " + DAY.format(cover.generatedAt()) + " · "
                        + labels.apply("edition.expires") + ": " + DAY.format(cover.expiresAt()) + " · "
                        + (i + 1) + "/" + total;
                stream.beginText();
                stream.setFont(text.font, 8);
                stream.newLineAtOffset(MARGIN, MARGIN / 2);
                stream.showText(text.safe(footer));
                stream.endText();
            }
        }
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** Lines on pages, a new page when one is full; long lines wrap at spaces. */
    private static final class PageWriter {
        private final PDDocument pdf;
        private final SafeText text;
        private PDPageContentStream stream;
        private float y;

        PageWriter(PDDocument pdf, SafeText text) throws IOException {
            this.pdf = pdf;
            this.text = text;
            newPage();
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

        void heading(String line, float size) throws IOException {
            y -= size / 2;
            write(line, size, 0);
        }

        void line(String line) {
            write(line, SIZE, 0);
        }

        void indented(String line) {
            write(line, SIZE, 14);
        }

        void paragraph(String line) {
            y -= LEADING / 2;
            write(line, SIZE, 0);
        }

        private void write(String line, float size, float indent) {
            if (line == null || line.isBlank()) {
                return;
            }
            try {
                float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
                for (String part : text.wrap(text.safe(line), size, width)) {
                    if (y < MARGIN + LEADING) {
                        newPage();
                    }
                    stream.beginText();
                    stream.setFont(text.font, size);
                    stream.newLineAtOffset(MARGIN + indent, y);
                    stream.showText(part);
                    stream.endText();
                    y -= Math.max(LEADING, size * 1.3f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
