package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.DoubleCriminality;
import org.liaisonhub.editorial.application.DemoDataLoader;
import org.liaisonhub.testing.ExchangeJson;

/** Country procedure sheets in the exchange format (version 2), and version 1 documents still read. */
class ProcedureExchangeTest {

    private static Map<String, Object> seEio() {
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("key", "se-eio");
        sheet.put("country", "SE");
        sheet.put("request", "EIO");
        sheet.put("authority", "se-npa");
        sheet.put(
                "channels",
                List.of(
                        Map.of("type", "EMAIL", "detail", "to the prosecutor directly"),
                        Map.of("type", "SECURE_PLATFORM", "detail", "e-EDES"),
                        Map.of("type", "OTHER")));
        sheet.put("languages", List.of("sv", "en", "da"));
        sheet.put("encryptionRequired", false);
        sheet.put("eSignatureRequired", true);
        sheet.put("doubleCriminality", "EXCEPT_LISTED_OFFENCES");
        sheet.put("timeLimitDays", 90);
        sheet.put("evidenceUseLimits", "Only for the proceedings named.");
        sheet.put("modelFormUrl", "https://eur-lex.europa.eu/eli/dir/2014/41/oj");
        sheet.put("lastVerified", "2026-01-10");
        return sheet;
    }

    @Test
    void aVersion2Document_readsProcedureSheets_inTheCountrysOrderOfPreference() {
        ExchangeDocument document = ExchangeReader.read(ExchangeJson.document()
                .version(2)
                .set("procedures", List.of(seEio()))
                .toJson());

        assertThat(document.procedures()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("se-eio");
            assertThat(p.content().request()).isEqualTo(Competence.EIO);
            assertThat(p.content().channels())
                    .extracting(c -> c.getType())
                    .containsExactly(ChannelType.EMAIL, ChannelType.SECURE_PLATFORM, ChannelType.OTHER);
            assertThat(p.content().languages()).containsExactly("sv", "en", "da");
            assertThat(p.content().eSignatureRequired()).isTrue();
            assertThat(p.content().encryptionRequired()).isFalse();
            assertThat(p.content().doubleCriminality()).isEqualTo(DoubleCriminality.EXCEPT_LISTED_OFFENCES);
            assertThat(p.content().timeLimitDays()).isEqualTo(90);
        });
    }

    @Test
    void aVersion1Document_stillReads() {
        ExchangeDocument document = ExchangeReader.read(ExchangeJson.document()
                .format("liaison-exchange")
                .version(1)
                .authority("se-npa", a -> a.name("Swedish Prosecution Authority")
                        .country("SE")
                        .kind("PROSECUTION"))
                .toJson());

        assertThat(document.authorities()).hasSize(1);
        assertThat(document.procedures()).isEmpty();
    }

    @Test
    void procedures_inAVersion1Document_orWithBadValues_areRefusedWithEveryProblem() {
        Map<String, Object> bad = seEio();
        bad.put("request", "GOSSIP");
        bad.put("encryptionRequired", "yes");
        bad.put("timeLimitDays", 0);
        bad.put("languages", List.of("swedish"));

        InvalidDocumentException refused = catchThrowableOfType(
                InvalidDocumentException.class,
                () -> ExchangeReader.read(ExchangeJson.document()
                        .version(1)
                        .set("procedures", List.of(bad))
                        .toJson()));

        assertThat(refused.problems())
                .extracting(Problem::field)
                .contains("procedures", "request", "encryptionRequired", "timeLimitDays", "languages[0]");
    }

    @Test
    void writingAndReadingAgain_isLossless_forTheDemoSheets() {
        ExchangeDocument demo = ExchangeReader.read(DemoDataLoader.demoDocument());

        ExchangeDocument again = ExchangeReader.read(ExchangeWriter.write(demo).toString());

        assertThat(demo.procedures()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(again.procedures())
                .extracting(Keyed::key)
                .containsExactlyInAnyOrderElementsOf(
                        demo.procedures().stream().map(Keyed::key).toList());
        demo.procedures().forEach(p -> assertThat(again.procedures())
                .filteredOn(q -> q.key().equals(p.key()))
                .singleElement()
                .satisfies(q -> assertThat(q.content()).isEqualTo(p.content())));
        assertThat(ExchangeWriter.write(demo).getInt("version"))
                .isEqualTo(ExchangeDocument.VERSION)
                .isEqualTo(2);
    }
}
