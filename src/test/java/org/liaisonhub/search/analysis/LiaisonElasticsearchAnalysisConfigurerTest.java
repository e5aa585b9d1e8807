package org.liaisonhub.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.LiaisonAnalyzers;

/** The cluster's analyzers keep the names of the embedded ones (a query must find the same on either backend). */
class LiaisonElasticsearchAnalysisConfigurerTest {

    @Test
    void definesEveryAnalyzerTheLuceneBackendHas() {
        Set<String> defined = new HashSet<>();
        ElasticsearchAnalysisConfigurationContext context =
                recording(ElasticsearchAnalysisConfigurationContext.class, defined);

        new LiaisonElasticsearchAnalysisConfigurer().configure(context);

        assertThat(defined).containsAll(LuceneAnalyzerChains.all().keySet()).contains(LiaisonAnalyzers.SORT);
    }

    /** A fluent step that records the names given to analyzer(…) and normalizer(…) and accepts everything else. */
    @SuppressWarnings("unchecked")
    private static <T> T recording(Class<T> type, Set<String> defined) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if ((method.getName().equals("analyzer") || method.getName().equals("normalizer"))
                    && args != null
                    && args.length == 1
                    && args[0] instanceof String name) {
                defined.add(name);
            }
            Class<?> returns = method.getReturnType();
            return returns.isInterface() ? recording(returns, defined) : null;
        });
    }
}
