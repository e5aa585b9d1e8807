package org.liaisonhub.editorial.edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.Keyed;

/**
 * Draws an edition as a PDF with Apache PDFBox: a cover block (scope, audience level, who generated it and when,
 * expiry, signing key), then the authorities by country with their contact points, the network resources and the
 * good practices. Every page carries the audience level, the generation date and the expiry date in its footer.
 * Text is set in a Unicode TrueType font (DejaVu Sans where installed, else the Liberation Sans PDFBox ships), embedded
 * as a subset; a character the font lacks prints as "?". Arabic is joined and right-to-left text set in reading order
 * by {@link BidiText} (docs/editions.md). This class says what the pages say; {@link PdfPages} lays the lines out.
 */
public final class EditionPdf {

    /** What the cover and every footer say about the edition. Labels come from {@code labels} (the message bundle). */
    public record Cover(
            String scope,
            String audience,
            String generatedBy,
            Instant generatedAt,
            Instant expiresAt,
            String keyFingerprint) {}

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Path font;

    /** {@code font}: a TrueType font file; null for DejaVu Sans if installed, else the font inside PDFBox. */
    public EditionPdf(Path font) {
        this.font = font != null ? font : PdfPages.installedFont();
    }

    public byte[] render(Cover cover, ExchangeDocument content, Function<String, String> labels) {
        try (PDDocument pdf = new PDDocument()) {
            PdfPages out = new PdfPages(pdf, font);
            out.heading(labels.apply("edition.pdf.title") + " – " + cover.scope(), 16);
            out.line(labels.apply("edition.audience") + ": " + cover.audience());
            out.line(labels.apply("edition.generated") + ": " + MINUTE.format(cover.generatedAt()) + " ("
                    + cover.generatedBy() + ")");
            out.line(labels.apply("edition.expires") + ": " + DAY.format(cover.expiresAt()));
            out.line(labels.apply("edition.pdf.key") + ": SHA-256 " + cover.keyFingerprint());
            out.paragraph(labels.apply("edition.pdf.notice"));
            body(out, content, labels);
            out.footers(labels.apply("edition.audience") + ": " + cover.audience() + " · "
                    + labels.apply("edition.generated") + ": " + DAY.format(cover.generatedAt()) + " · "
                    + labels.apply("edition.expires") + ": " + DAY.format(cover.expiresAt()));
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

    private static void body(PdfPages out, ExchangeDocument content, Function<String, String> labels) {
        Map<String, List<Keyed<ContactContent>>> contacts = content.contacts().stream()
                .collect(Collectors.groupingBy(c -> c.content().authorityKey()));
        out.heading(
                labels.apply("edition.pdf.authorities") + " ("
                        + content.authorities().size() + ")",
                13);
        List<Keyed<AuthorityContent>> authorities = new ArrayList<>(content.authorities());
        authorities.sort(
                Comparator.comparing((Keyed<AuthorityContent> a) -> a.content().country())
                        .thenComparing(a -> a.content().name()));
        for (Keyed<AuthorityContent> a : authorities) {
            AuthorityContent authority = a.content();
            out.heading(
                    authority.country() + " · " + authority.name()
                            + (authority.localName() == null ? "" : " (" + authority.localName() + ")"),
                    11);
            out.line(join(authority.kind().name(), authority.website()));
            for (Keyed<ContactContent> c : contacts.getOrDefault(a.key(), List.of())) {
                ContactContent contact = c.content();
                out.line("• " + contact.role());
                out.indented(join(
                        contact.personName(),
                        contact.email(),
                        contact.phone(),
                        contact.languages().isEmpty()
                                ? null
                                : String.join(
                                        ", ",
                                        contact.languages().stream().sorted().toList())));
                contact.channels().forEach(channel -> out.indented(channel.getType() + ": " + channel.getAddress()));
                if (!contact.networks().isEmpty()) {
                    out.indented(labels.apply("edition.pdf.networks") + ": "
                            + String.join(
                                    ", ", contact.networks().stream().sorted().toList()));
                }
            }
        }
        out.heading(
                labels.apply("edition.pdf.resources") + " ("
                        + content.resources().size() + ")",
                13);
        content.resources().stream()
                .sorted(Comparator.comparing(r -> r.content().name()))
                .forEach(r -> out.line(join(
                        r.content().name()
                                + (r.content().acronym() == null
                                        ? ""
                                        : " (" + r.content().acronym() + ")"),
                        r.content().url())));
        out.heading(
                labels.apply("edition.pdf.practices") + " ("
                        + content.practices().size() + ")",
                13);
        content.practices().stream()
                .sorted(Comparator.comparing(p -> p.content().title()))
                .forEach(p -> out.line(join(p.content().country(), p.content().title())));
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" · "));
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
