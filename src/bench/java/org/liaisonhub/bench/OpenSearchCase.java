package org.liaisonhub.bench;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.liaisonhub.testing.cluster.OpenSearchProcess;

/**
 * Case 5: the same search service on the backend a cluster uses: one real OpenSearch node (the cluster test's
 * {@link OpenSearchProcess}: Maven Central jars, its own JVM with {@code -Xmx512m}) on loopback, the application's
 * persistence unit switched to Hibernate Search's Elasticsearch backend with the project's Elasticsearch analysis
 * configurer (as {@code wildfly-config/configure-cluster.cli} sets it), mass-indexed from the same H2 rows, then the
 * same mix through {@link LiaisonSearchCase}. The node's class path comes from {@code src/test/opensearch/pom.xml}
 * (run-benchmarks.sh resolves it into target/opensearch/classpath.txt).
 */
final class OpenSearchCase implements SearchCase {

    static final String NAME = "Liaison on OpenSearch (Elasticsearch backend)";

    private final OpenSearchProcess node;
    private final LiaisonUnit unit;
    private final LiaisonSearchCase search;
    private final double startSeconds;
    private final double massIndexSeconds;

    /** Starts the node (HTTP port 9200 + offset, transport 9300 + offset) and indexes {@code dataSource}'s rows. */
    OpenSearchCase(DataSource dataSource, Path home, int portOffset) {
        node = new OpenSearchProcess(home, 9200 + portOffset, 9300 + portOffset);
        try {
            startSeconds = node.start().toMillis() / 1000.0;
            unit = new LiaisonUnit(dataSource, home.resolve("unused-lucene-root"), Map.of(
                    "hibernate.search.backend.type", "elasticsearch",
                    "hibernate.search.backend.analysis.configurer",
                    "class:org.liaisonhub.search.analysis.LiaisonElasticsearchAnalysisConfigurer",
                    "hibernate.search.backend.hosts", node.hostAndPort(),
                    "hibernate.search.backend.protocol", "http",
                    "hibernate.search.backend.version", "opensearch:2.19",
                    "hibernate.search.backend.version_check.enabled", "false"));
            long t0 = System.nanoTime();
            unit.massIndex();
            massIndexSeconds = BenchmarkSuite.seconds(t0);
            search = new LiaisonSearchCase(unit, NAME);
        } catch (RuntimeException | Error e) {
            node.close();
            throw e;
        }
    }

    double startSeconds() {
        return startSeconds;
    }

    double massIndexSeconds() {
        return massIndexSeconds;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long run(BenchQuery query) {
        return search.run(query);
    }

    @Override
    public void close() {
        try {
            unit.close();
        } finally {
            node.close();
        }
    }
}
