package org.liaisonhub.search.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers for the embedded Lucene backend. The Lucene backend has no named language analyzers built in,
 * so every analyzer the mapping uses is defined here, by the names in {@link LiaisonAnalyzers}.
 */
public class LiaisonLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(LiaisonAnalyzers.NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding").param("preserveOriginal", "true");

        context.analyzer(LiaisonAnalyzers.TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("snowballPorter").param("language", "English");

        context.normalizer(LiaisonAnalyzers.SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
