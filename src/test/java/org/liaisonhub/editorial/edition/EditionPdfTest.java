package org.liaisonhub.editorial.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.liaisonhub.editorial.domain.Edition;
import org.liaisonhub.editorial.exchange.ExchangeDocument;

/** The PDF read back with PDFBox's own text extraction (the IT reads it with poppler's pdftotext). */
class EditionPdfTest {

    private static final Map<String, String> LABELS = Map.of(
            "edition.pdf.title",
            "Offline edition",
            "edition.audience",
            "Audience",
            "edition.generated",
            "Generated",
            "edition.expires",
            "Expires",
            "edition.pdf.key",
            "Key",
            "edition.pdf.notice",
            "Check the signature.",
            "edition.pdf.authorities",
            "Authorities",
            "edition.pdf.networks",
            "Networks",
            "edition.pdf.resources",
            "Resources",
            "edition.pdf.practices",
            "Practices");

    private static final EditionPdf.Cover COVER = new EditionPdf.Cover(
            "all",
            "MEMBERS",
            "editor",
            Instant.parse("2026-12-05T17:30:00Z"),
            Instant.parse("2027-03-05T17:30:00Z"),
            "ab".repeat(32));

    private static String[] pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String[] pages = new String[document.getNumberOfPages()];
            for (int i = 0; i < pages.length; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages[i] = stripper.getText(document);
            }
            return pages;
        }
    }

    @Test
    void everyPage_printsTheExpiryAudienceAndGenerationDate() throws Exception {
        byte[] pdf = new EditionPdf(null).render(COVER, DemoDocument.read(), LABELS::get);

        String[] pages = pages(pdf);
        assertThat(pages.length).as("the whole demo data takes several pages").isGreaterThan(3);
        for (int i = 0; i < pages.length; i++) {
            assertThat(pages[i])
                    .as("page " + (i + 1))
                    .contains("Expires: 2027-03-05")
                    .contains("Audience: MEMBERS")
                    .contains("Generated: 2026-12-05")
                    .contains((i + 1) + "/" + pages.length);
        }
    }

    @Test
    void entriesInManyScripts_print_andGlyphsTheFontLacksBecomeQuestionMarks() throws Exception {
        ExchangeDocument demo = DemoDocument.read();
        byte[] pdf = new EditionPdf(null).render(COVER, demo, LABELS::get);

        String text = String.join("\n", pages(pdf));
        assertThat(text)
                .contains("Offline edition – all")
                .contains("2026-12-05 17:30 UTC (editor)")
                .contains("National Anti-Corruption Unit")
                .contains("Coordenação-Geral")
                .contains("Главное управление")
                .contains("SHA-256 " + "ab".repeat(32))
                .as("no ligature glyphs: 'Office' extracts as letters")
                .contains("Federal Criminal Police Office")
                .doesNotContain("\uFB03")
                .doesNotContain("\uFB01");
    }

    @Test
    void aScopedEdition_holdsOnlyItsEntries() throws Exception {
        ExchangeDocument de = new EditionScope(Edition.Scope.COUNTRY, "DE").apply(DemoDocument.read());
        String text = String.join("\n", pages(new EditionPdf(null).render(COVER, de, LABELS::get)));

        assertThat(text)
                .contains("Asset Recovery Office Germany")
                .doesNotContain("Swedish Prosecution Authority")
                .doesNotContain("Riksenheten");
    }

    @Test
    void anArabicEdition_printsLabelsAndNames_inReadingOrder() throws Exception {
        assumeTrue(PdfPages.installedFont() != null, "DejaVu Sans (fonts-dejavu-core) has the Arabic glyphs");
        ResourceBundle arabic = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("ar"));
        ExchangeDocument eg = new EditionScope(Edition.Scope.COUNTRY, "EG").apply(DemoDocument.read());

        String text = String.join("\n", pages(new EditionPdf(null).render(COVER, eg, arabic::getString)));

        assertThat(text)
                .as("PDFBox reads the joined forms back as letters, in reading order")
                .contains("EG · Administrative Control Authority (Egypt) (هيئة الرقابة الإدارية)")
                .contains("السلطات ونقاط الاتصال (2)")
                .contains("الممارسات الجيدة (1)")
                .contains("globe@aca.example.org · +20225550180 · ar, en");
    }
}
