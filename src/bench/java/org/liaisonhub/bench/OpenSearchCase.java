package org.liaisonhub.bench;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.liaisonhub.testing.cluster.OpenSearchProcess;

/**
 * Case 5: the same search service on the backend a cluster uses: one real OpenSearch node (the cluster test's
 * {@link OpenSearchProcess}: Maven Central jars, its own JVM with {@code -Xmx512m}) on loopback, started by the caller, the application's
 * persistence unit switched to Hibernate Search's Elasticsearch backend with the project's Elasticsearch analysis
 * configurer (as {@code wildfly-config/configure-cluster.cli} sets it), mass-indexed from the same H2 rows, then the
 * same mix through {@link LiaisonSearchCase}. The node's class path comes from {@code src/test/opensearch/pom.xml}
 * (run-benchmarks.sh resolves it into target/opensearch/classpath.txt).
 */
final class OpenSearchCase implements SearchCase {

    static final String NAME = "Liaison on OpenSearch (Elasticsearch backend)";

    private final LiaisonUnit unit;
    private final LiaisonSearchCase search;
    private final double massIndexSeconds;

    /** A node on HTTP port 9200 + offset, transport 9300 + offset; the caller starts and stops it. */
    static OpenSearchProcess node(Path home, int portOffset) {
        return new OpenSearchProcess(home, 9200 + portOffset, 9300 + portOffset);
    }

    /** Indexes {@code dataSource}'s rows into the started {@code node} through the Elasticsearch backend. */
    OpenSearchCase(DataSource dataSource, OpenSearchProcess node, Path home) {
        unit = new LiaisonUnit(
                dataSource,
                home.resolve("unused-lucene-root"),
                Map.of(
                        "hibernate.search.backend.type",
                        "elasticsearch",
                        "hibernate.search.backend.analysis.configurer",
                        "class:org.liaisonhub.search.analysis.LiaisonElasticsearchAnalysisConfigurer",
                        "hibernate.search.backend.hosts",
                        node.hostAndPort(),
                        "hibernate.search.backend.protocol",
                        "http",
                        "hibernate.search.backend.version",
                        "opensearch:2.19",
                        "hibernate.search.backend.version_check.enabled",
                        "false"));
        try {
            long t0 = System.nanoTime();
            unit.massIndex();
            massIndexSeconds = BenchmarkSuite.seconds(t0);
        } catch (RuntimeException | Error e) {
            unit.close();
            throw e;
        }
        search = new LiaisonSearchCase(unit, NAME);
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
        unit.close();
    }
}
