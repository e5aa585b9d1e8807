package org.liaisonhub.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.liaisonhub.catalog.LiaisonAnalyzers;

/**
 * Analyzers for the embedded Lucene backend. The Lucene backend has no named language analyzers built in,
 * so every analyzer the mapping uses is defined here, by the names in {@link LiaisonAnalyzers}, as the chains
 * of {@link LuceneAnalyzerChains} (the ones the highlighter uses too).
 */
public class LiaisonLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (Map.Entry<String, Analyzer> analyzer : LuceneAnalyzerChains.all().entrySet()) {
            context.analyzer(analyzer.getKey()).instance(analyzer.getValue());
        }
        context.normalizer(LiaisonAnalyzers.SORT)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
