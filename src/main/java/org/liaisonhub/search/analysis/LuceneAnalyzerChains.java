package org.liaisonhub.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Every analyzer of {@link LiaisonAnalyzers} as a Lucene {@link Analyzer}, built from the filter classes
 * directly. The embedded backend registers these very chains ({@link LiaisonLuceneAnalysisConfigurer}); the
 * highlighter and the unit tests use them too, so what is marked in a snippet is what the index matched.
 * {@link LiaisonElasticsearchAnalysisConfigurer} declares the same chains by their Elasticsearch names.
 */
public final class LuceneAnalyzerChains {

    /** Longest prefix a suggestion n-gram covers. */
    public static final int SUGGEST_MAX_GRAM = 20;

    /** A word with a digit, which stemmers leave alone (same pattern as the Elasticsearch keyword marker). */
    public static final String CODE_PATTERN = ".*\\d.*";

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private LuceneAnalyzerChains() {}

    /** Analyzer name → a new analyzer instance. */
    public static Map<String, Analyzer> all() {
        Map<String, Analyzer> all = new LinkedHashMap<>();
        all.put(LiaisonAnalyzers.NAME, chain(t -> new ASCIIFoldingFilter(new LowerCaseFilter(t), true)));
        all.put(LiaisonAnalyzers.NAME_EXACT, chain(LowerCaseFilter::new));
        all.put(LiaisonAnalyzers.TEXT, chain(t -> new SnowballFilter(codes(folded(t)), new EnglishStemmer())));
        all.put(LiaisonAnalyzers.SUGGEST, chain(t -> new EdgeNGramTokenFilter(folded(t), 1, SUGGEST_MAX_GRAM, true)));
        all.put(LiaisonAnalyzers.SUGGEST_QUERY, chain(LuceneAnalyzerChains::folded));
        all.put(
                LiaisonAnalyzers.text("fr"),
                chain(t -> new FrenchLightStemFilter(
                        codes(folded(new ElisionFilter(t, FrenchAnalyzer.DEFAULT_ARTICLES))))));
        all.put(LiaisonAnalyzers.text("es"), chain(t -> new SpanishLightStemFilter(codes(folded(t)))));
        all.put(LiaisonAnalyzers.text("pt"), chain(t -> new PortugueseLightStemFilter(codes(folded(t)))));
        all.put(
                LiaisonAnalyzers.text("de"),
                chain(t -> new ASCIIFoldingFilter(
                        new GermanLightStemFilter(codes(new GermanNormalizationFilter(new LowerCaseFilter(t)))))));
        all.put(LiaisonAnalyzers.text("sv"), chain(t -> new SwedishLightStemFilter(codes(folded(t)))));
        all.put(
                LiaisonAnalyzers.text("ru"),
                chain(t -> new SnowballFilter(codes(new LowerCaseFilter(t)), new RussianStemmer())));
        all.put(
                LiaisonAnalyzers.text("ar"),
                chain(t -> new ArabicStemFilter(codes(new ArabicNormalizationFilter(new LowerCaseFilter(t))))));
        all.put(
                LiaisonAnalyzers.text("zh"),
                chain(t -> new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(t)))));
        return all;
    }

    /** One analyzer by name; unknown names fail. */
    public static Analyzer get(String name) {
        Analyzer analyzer = all().get(name);
        if (analyzer == null) {
            throw new IllegalArgumentException("No analyzer named " + name);
        }
        return analyzer;
    }

    /** Words with a digit (reference numbers, codes) are marked as keywords, so no stemmer changes them. */
    private static TokenStream codes(TokenStream t) {
        return new PatternKeywordMarkerFilter(t, CODE);
    }

    private static TokenStream folded(TokenStream t) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(t));
    }

    /** The standard tokenizer (Unicode word boundaries, any script) followed by {@code filters}. */
    private static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
