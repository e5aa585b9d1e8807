package org.liaisonhub.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.liaisonhub.catalog.LiaisonAnalyzers;

/**
 * Analyzers for the Elasticsearch/OpenSearch backend of a cluster (wildfly-config/configure-cluster.cli): the
 * same names as {@link LiaisonLuceneAnalysisConfigurer}, built from the same steps in the same order as
 * {@link LuceneAnalyzerChains}, so a query finds the same entries on either backend. Keep the two in step.
 * Synonyms are expanded by the application before the query reaches either backend (docs/search.md).
 */
public class LiaisonElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(LiaisonAnalyzers.NAME)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "liaison_folding_keep_original");
        context.analyzer(LiaisonAnalyzers.NAME_EXACT)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase");
        context.analyzer(LiaisonAnalyzers.TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "liaison_codes", "liaison_english_snowball");
        context.analyzer(LiaisonAnalyzers.SUGGEST)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "liaison_edge_ngram");
        context.analyzer(LiaisonAnalyzers.SUGGEST_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(LiaisonAnalyzers.text("fr"))
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "liaison_french_elision", "lowercase", "asciifolding", "liaison_codes", "liaison_light_french");
        context.analyzer(LiaisonAnalyzers.text("es"))
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "liaison_codes", "liaison_light_spanish");
        context.analyzer(LiaisonAnalyzers.text("pt"))
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "liaison_codes", "liaison_light_portuguese");
        context.analyzer(LiaisonAnalyzers.text("de"))
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "lowercase", "german_normalization", "liaison_codes", "liaison_light_german", "asciifolding");
        context.analyzer(LiaisonAnalyzers.text("sv"))
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "liaison_codes", "liaison_light_swedish");
        context.analyzer(LiaisonAnalyzers.text("ru"))
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "liaison_codes", "liaison_russian_snowball");
        context.analyzer(LiaisonAnalyzers.text("ar"))
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "arabic_normalization", "liaison_codes", "liaison_arabic_stem");
        context.analyzer(LiaisonAnalyzers.text("zh"))
                .custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");

        context.normalizer(LiaisonAnalyzers.SORT).custom().tokenFilters("lowercase", "asciifolding");

        context.tokenFilter("liaison_folding_keep_original")
                .type("asciifolding")
                .param("preserve_original", true);
        context.tokenFilter("liaison_codes")
                .type("keyword_marker")
                .param("keywords_pattern", LuceneAnalyzerChains.CODE_PATTERN);
        context.tokenFilter("liaison_english_snowball").type("snowball").param("language", "English");
        context.tokenFilter("liaison_russian_snowball").type("snowball").param("language", "Russian");
        context.tokenFilter("liaison_edge_ngram")
                .type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", LuceneAnalyzerChains.SUGGEST_MAX_GRAM)
                .param("preserve_original", true);
        context.tokenFilter("liaison_french_elision")
                .type("elision")
                .param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("liaison_light_french").type("stemmer").param("language", "light_french");
        context.tokenFilter("liaison_light_spanish").type("stemmer").param("language", "light_spanish");
        context.tokenFilter("liaison_light_portuguese").type("stemmer").param("language", "light_portuguese");
        context.tokenFilter("liaison_light_german").type("stemmer").param("language", "light_german");
        context.tokenFilter("liaison_light_swedish").type("stemmer").param("language", "light_swedish");
        context.tokenFilter("liaison_arabic_stem").type("stemmer").param("language", "arabic");
    }
}
