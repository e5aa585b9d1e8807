package org.liaisonhub.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Analyzers for the Elasticsearch/OpenSearch backend of a cluster (wildfly-config/configure-cluster.cli): the
 * same names as {@link LiaisonLuceneAnalysisConfigurer}, built from the same steps, so a query finds the same
 * entries on either backend. Keep the two in step.
 */
public class LiaisonElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(LiaisonAnalyzers.NAME).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "liaison_folding_keep_original");

        context.analyzer(LiaisonAnalyzers.TEXT).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "liaison_english_snowball");

        context.normalizer(LiaisonAnalyzers.SORT).custom()
                .tokenFilters("lowercase", "asciifolding");

        context.tokenFilter("liaison_folding_keep_original")
                .type("asciifolding")
                .param("preserve_original", true);

        context.tokenFilter("liaison_english_snowball")
                .type("snowball")
                .param("language", "English");
    }
}
