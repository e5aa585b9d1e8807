package org.liaisonhub.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.LiaisonAnalyzers;

/** The analysis chains themselves: each language, folding and the suggestion n-grams, on real words. */
class LuceneAnalyzerChainsTest {

    private static List<String> terms(String analyzer, String text) throws IOException {
        Analyzer a = LuceneAnalyzerChains.get(analyzer);
        List<String> out = new ArrayList<>();
        try (TokenStream stream = a.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    private static void sameTerms(String analyzer, String a, String b) throws IOException {
        assertThat(terms(analyzer, a)).as(a + " ~ " + b).isEqualTo(terms(analyzer, b));
    }

    @Test
    void english_stemsPluralsAndVerbForms() throws IOException {
        sameTerms(LiaisonAnalyzers.TEXT, "requests", "request");
        sameTerms(LiaisonAnalyzers.TEXT, "drafting", "draft");
    }

    @Test
    void french_stemsAndRemovesElision() throws IOException {
        sameTerms(LiaisonAnalyzers.text("fr"), "l'entraide judiciaire", "entraide judiciaires");
        sameTerms(LiaisonAnalyzers.text("fr"), "enquêtes", "enquete");
    }

    @Test
    void spanish_stemsAndFolds() throws IOException {
        sameTerms(LiaisonAnalyzers.text("es"), "comisiones rogatorias", "comision rogatoria");
        sameTerms(LiaisonAnalyzers.text("es"), "Fiscalía", "fiscalia");
    }

    @Test
    void portuguese_foldsRecuperacao() throws IOException {
        sameTerms(LiaisonAnalyzers.text("pt"), "Recuperação de Ativos", "recuperacao de ativo");
    }

    @Test
    void german_normalisesUmlautsAndStems() throws IOException {
        sameTerms(LiaisonAnalyzers.text("de"), "Bundesamt für Justiz", "bundesamt fur justiz");
        sameTerms(LiaisonAnalyzers.text("de"), "Ersuchen", "Ersuchens");
    }

    @Test
    void swedish_stemsDefiniteForms() throws IOException {
        sameTerms(LiaisonAnalyzers.text("sv"), "myndigheten", "myndighet");
    }

    @Test
    void russian_stemsCaseEndings() throws IOException {
        sameTerms(LiaisonAnalyzers.text("ru"), "прокуратура", "прокуратуры");
        sameTerms(LiaisonAnalyzers.text("ru"), "правовая помощь", "правовой помощи");
    }

    @Test
    void arabic_normalisesAndStems() throws IOException {
        // The definite article is stemmed away; alef variants are normalised.
        sameTerms(LiaisonAnalyzers.text("ar"), "النيابة", "نيابة");
        sameTerms(LiaisonAnalyzers.text("ar"), "إدارة", "ادارة");
    }

    @Test
    void chinese_bigramsWithoutSpaces() throws IOException {
        assertThat(terms(LiaisonAnalyzers.text("zh"), "刑事司法协助")).contains("司法", "协助");
        assertThat(terms(LiaisonAnalyzers.text("zh"), "司法协助"))
                .isSubsetOf(terms(LiaisonAnalyzers.text("zh"), "国际合作局 – 刑事司法协助"));
    }

    @Test
    void name_foldsDiacriticsAndKeepsTheOriginal() throws IOException {
        assertThat(terms(LiaisonAnalyzers.NAME, "Åklagarmyndigheten"))
                .containsExactlyInAnyOrder("åklagarmyndigheten", "aklagarmyndigheten");
        assertThat(terms(LiaisonAnalyzers.NAME, "Aklagarmyndigheten")).containsExactly("aklagarmyndigheten");
        assertThat(terms(LiaisonAnalyzers.NAME_EXACT, "Åklagarmyndigheten")).containsExactly("åklagarmyndigheten");
        assertThat(terms(LiaisonAnalyzers.NAME, "für")).contains("fur");
    }

    @Test
    void suggest_indexesPrefixesOfFoldedWords() throws IOException {
        assertThat(terms(LiaisonAnalyzers.SUGGEST, "Åklagarmyndigheten")).contains("ak", "aklag");
        assertThat(terms(LiaisonAnalyzers.SUGGEST, "GlobE Threema")).contains("threem", "globe");
        assertThat(terms(LiaisonAnalyzers.SUGGEST_QUERY, "Aklag")).containsExactly("aklag");
    }

    @Test
    void wordsWithDigits_areNeverStemmed() throws IOException {
        for (String language : LiaisonAnalyzers.LANGUAGES) {
            if (!language.equals("zh")) {
                assertThat(terms(LiaisonAnalyzers.text(language), "m3fa2c01x"))
                        .as(language)
                        .containsExactly("m3fa2c01x");
            }
        }
        assertThat(terms(LiaisonAnalyzers.TEXT, "cases2023s")).containsExactly("cases2023s");
    }

    @Test
    void everyLanguageAndFieldKindHasItsAnalyzer() {
        assertThat(LuceneAnalyzerChains.all().keySet())
                .contains(
                        LiaisonAnalyzers.NAME,
                        LiaisonAnalyzers.NAME_EXACT,
                        LiaisonAnalyzers.TEXT,
                        LiaisonAnalyzers.SUGGEST,
                        LiaisonAnalyzers.SUGGEST_QUERY);
        LiaisonAnalyzers.LANGUAGES.forEach(
                l -> assertThat(LuceneAnalyzerChains.all()).containsKey(LiaisonAnalyzers.text(l)));
    }
}
