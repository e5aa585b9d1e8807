package org.liaisonhub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.liaisonhub.bench.BenchmarkSuite.Options;
import org.liaisonhub.platform.SchemaMigrations;
import org.liaisonhub.testing.cluster.OpenSearchProcess;
import org.postgresql.ds.PGSimpleDataSource;

/** The servers some cases need beside the harness's own H2 database: PostgreSQL (given) and OpenSearch (started). */
final class ExternalStores {

    private ExternalStores() {}

    /**
     * The mix through the Elasticsearch backend on one OpenSearch node, indexed from the same H2 rows, at sizes up to
     * {@code opensearch-max-n}; a failure (no node class path, a node that does not start) becomes a note, not an
     * aborted run. At the HTTP case's N the node is answered, still running, for the HTTP streams on OpenSearch.
     */
    static OpenSearchProcess openSearch(
            DataSource h2, Path dir, int n, List<BenchQuery> mix, Options options, Report report) {
        if (n > options.openSearchMaxN()) {
            report.note(
                    "OpenSearch case not run at N=" + n + " (--opensearch-max-n " + options.openSearchMaxN() + ").");
            return null;
        }
        if (!Files.exists(Path.of(System.getProperty("it.opensearch.classpath", "target/opensearch/classpath.txt")))) {
            report.note("OpenSearch case skipped: no target/opensearch/classpath.txt (run-benchmarks.sh resolves it).");
            return null;
        }
        long t0 = System.nanoTime();
        BenchmarkSuite.log("N=%d: OpenSearch node, mass indexing through the Elasticsearch backend", n);
        OpenSearchProcess node = OpenSearchCase.node(dir.resolve("opensearch"), options.portOffset());
        boolean keep = false;
        try {
            BenchmarkSuite.log(
                    "N=%d: OpenSearch started in %.1f s", n, node.start().toMillis() / 1000.0);
            try (OpenSearchCase openSearch = new OpenSearchCase(h2, node, dir.resolve("opensearch"))) {
                BenchmarkSuite.log("N=%d: mass indexer into OpenSearch %.1f s", n, openSearch.massIndexSeconds());
                report.openSearchIndexing(n, openSearch.massIndexSeconds());
                report.search(BenchmarkSuite.measure(openSearch, mix, n, options, report));
            }
            keep = n == options.httpN();
        } catch (Exception | LinkageError e) {
            BenchmarkSuite.log("N=%d: OpenSearch case failed: %s", n, e);
            report.note("OpenSearch case failed at N=" + n + ": "
                    + e.toString()
                            .lines()
                            .limit(3)
                            .reduce((x, y) -> x + " " + y)
                            .orElse(""));
        } finally {
            if (!keep) {
                node.close();
            }
        }
        report.caseTime(
                "N=" + n + ": " + OpenSearchCase.NAME + " (node start, indexing, mix)", BenchmarkSuite.seconds(t0));
        return keep ? node : null;
    }

    /** Generates the same data set into a fresh PostgreSQL database bench_N, with Liaison's migrations. */
    static DataSource postgres(String pg, int n) throws Exception {
        if (pg == null || pg.equals("none") || pg.isBlank()) {
            return null;
        }
        String[] hostPort = pg.split(":");
        String db = "bench_" + n;
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://" + pg + "/postgres", "liaison", "liaison");
                Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + db);
            s.execute("create database " + db);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {hostPort[0]});
        ds.setPortNumbers(new int[] {Integer.parseInt(hostPort[1])});
        ds.setDatabaseName(db);
        ds.setUser("liaison");
        ds.setPassword("liaison");
        SchemaMigrations.migrate(ds);
        long t0 = System.nanoTime();
        new SyntheticCatalog(BenchmarkSuite.SEED).write(ds, n);
        SqlSearchCase.createFullTextIndexes(ds);
        BenchmarkSuite.log("N=%d: PostgreSQL %s loaded and indexed in %.1f s", n, db, BenchmarkSuite.seconds(t0));
        return ds;
    }
}
