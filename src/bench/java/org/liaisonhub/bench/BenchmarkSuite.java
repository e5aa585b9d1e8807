package org.liaisonhub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.liaisonhub.testing.cluster.OpenSearchProcess;

/**
 * The benchmark run: for each N, generate the data set once (H2 and, if available, PostgreSQL), index it with
 * Liaison's mass indexer and with a raw IndexWriter, run the query mix through every case, then (once, at the
 * HTTP size) put the portal under wrk; finally write docs/benchmarks.md and the chart. Options (all optional):
 * {@code --n 10000,100000 --out docs --work target/bench --pg 127.0.0.1:5432|none --http-n 100000|0
 * --server target/server --war target/liaison.war --port-offset 5000 --iterations 300 --warmup 30
 * --budget 6 --http-seconds 20 --distinct 60000 --opensearch-max-n 100000|0 --demo true|false --command "…"}.
 * The OpenSearch case runs at every N up to {@code opensearch-max-n} when the node's class path
 * (target/opensearch/classpath.txt) is there; the demo-data case runs once, with the HTTP case's server.
 */
public final class BenchmarkSuite {

    private static final Logger LOG = Logger.getLogger(BenchmarkSuite.class.getName());
    static final long SEED = 20261128L;

    /** One case's figures at one N. */
    record CaseRun(String caseName, int n, Map<String, Latencies> byQuery, Map<String, Long> hits, Latencies pooled)
            implements java.io.Serializable {}

    /** Indexing throughput at one N. */
    record IndexingRun(int n, int entries, double generateSeconds, double massIndexSeconds, double rawSeconds)
            implements java.io.Serializable {}

    public record Options(
            List<Integer> sizes,
            Path out,
            Path work,
            String pg,
            int httpN,
            Path server,
            Path war,
            int portOffset,
            int iterations,
            int warmup,
            double budgetSeconds,
            int httpSeconds,
            String command,
            String jvmArgs,
            int distinctQueries,
            int openSearchMaxN,
            boolean demo) {

        static Options parse(String[] args) {
            Map<String, String> o = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            List<Integer> sizes = new ArrayList<>();
            for (String n : o.getOrDefault("n", "10000,100000").split(",")) {
                sizes.add(Integer.parseInt(n.strip().replace("_", "")));
            }
            return new Options(
                    sizes,
                    Path.of(o.getOrDefault("out", "docs")),
                    Path.of(o.getOrDefault("work", "target/bench")),
                    o.getOrDefault("pg", "none"),
                    Integer.parseInt(o.getOrDefault("http-n", "100000")),
                    Path.of(o.getOrDefault("server", "target/server")),
                    Path.of(o.getOrDefault("war", "target/liaison.war")),
                    Integer.parseInt(o.getOrDefault("port-offset", "5000")),
                    Integer.parseInt(o.getOrDefault("iterations", "300")),
                    Integer.parseInt(o.getOrDefault("warmup", "30")),
                    Double.parseDouble(o.getOrDefault("budget", "6")),
                    Integer.parseInt(o.getOrDefault("http-seconds", "20")),
                    o.getOrDefault("command", "src/bench/run-benchmarks.sh"),
                    o.getOrDefault(
                            "server-jvm",
                            "-Xms256m -Xmx768m -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=512m"
                                    + " -Djava.net.preferIPv4Stack=true"),
                    Integer.parseInt(o.getOrDefault("distinct", "60000")),
                    Integer.parseInt(o.getOrDefault("opensearch-max-n", "100000")),
                    Boolean.parseBoolean(o.getOrDefault("demo", "false")));
        }
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Options options = Options.parse(args);
        int render = java.util.Arrays.asList(args).indexOf("--render");
        if (render >= 0) {
            // Rewrites the report from the figures a run saved (after a change to the report's text only).
            Report.load(options, Path.of(args[render + 1])).write();
            return;
        }
        run(options);
    }

    public static Report run(Options options) throws Exception {
        Report report = new Report(options);
        long started = System.nanoTime();
        OpenSearchProcess openSearchForHttp = null;
        try {
            for (int n : options.sizes()) {
                Path dir = options.work().toAbsolutePath().resolve("n" + n);
                HttpCase.deleteTree(dir);
                Path data = dir.resolve("data");
                Files.createDirectories(data.resolve("liaison"));
                JdbcConnectionPool h2 = JdbcConnectionPool.create(
                        "jdbc:h2:file:" + data.resolve("liaison/liaison") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "sa");
                h2.setMaxConnections(8);
                SyntheticCatalog catalog = new SyntheticCatalog(SEED);
                List<BenchQuery> mix = BenchQuery.mix(catalog.country(0), catalog.country(1));
                report.mix(mix);
                try (LiaisonUnit unit = new LiaisonUnit(h2, data.resolve("hibernate-search"))) {
                    log("N=%d: generating into H2", n);
                    long t0 = System.nanoTime();
                    SyntheticCatalog.Counts counts = catalog.write(h2, n);
                    double generate = seconds(t0);
                    log("N=%d: %s in %.1f s; mass indexing", n, counts, generate);
                    t0 = System.nanoTime();
                    unit.massIndex();
                    double mass = seconds(t0);
                    log("N=%d: mass indexer %.1f s; raw IndexWriter", n, mass);
                    report.caseTime("N=" + n + ": generating the data", generate);
                    report.caseTime("N=" + n + ": Liaison mass indexer", mass);
                    t0 = System.nanoTime();
                    long rawDocs = RawIndexing.index(h2, unit.fullTextFields(false), dir.resolve("raw-index"));
                    double raw = seconds(t0);
                    log("N=%d: raw IndexWriter %.1f s (%d documents)", n, raw, rawDocs);
                    report.indexing(new IndexingRun(n, counts.total(), generate, mass, raw));
                    report.caseTime("N=" + n + ": raw IndexWriter", raw);

                    List<SearchCase> cases = new ArrayList<>();
                    cases.add(new LiaisonSearchCase(unit));
                    cases.add(new RawLuceneCase(unit));
                    cases.add(new SqlSearchCase("SQL LIKE (H2)", h2, SqlSearchCase.Mode.LIKE));
                    t0 = System.nanoTime();
                    DataSource pg = ExternalStores.postgres(options.pg(), n);
                    if (pg != null) {
                        report.caseTime("N=" + n + ": PostgreSQL load and indexes", seconds(t0));
                        cases.add(new SqlSearchCase("SQL ILIKE (PostgreSQL)", pg, SqlSearchCase.Mode.ILIKE));
                        cases.add(new SqlSearchCase("PostgreSQL FTS (tsvector + GIN)", pg, SqlSearchCase.Mode.FTS));
                    } else {
                        report.note("PostgreSQL cases skipped: no PostgreSQL server was given (--pg " + options.pg()
                                + ").");
                    }
                    for (SearchCase c : cases) {
                        t0 = System.nanoTime();
                        report.search(measure(c, mix, n, options, report));
                        c.close();
                        report.caseTime("N=" + n + ": " + c.name(), seconds(t0));
                    }
                    OpenSearchProcess node = ExternalStores.openSearch(h2, dir, n, mix, options, report);
                    if (node != null) {
                        openSearchForHttp = node;
                    }
                } finally {
                    h2.dispose();
                }
            }
            ServerCases.run(options, report, openSearchForHttp);
        } finally {
            if (openSearchForHttp != null) {
                openSearchForHttp.close();
            }
        }
        report.elapsed(seconds(started));
        report.write();
        try {
            report.save(options.work().resolve("results.ser"));
        } catch (java.io.IOException | RuntimeException e) {
            log("could not save the figures for --render: %s", e);
        }
        return report;
    }

    /**
     * Warm-up rounds of the whole mix (JIT, caches; at most {@code warmup} rounds within half the case's time
     * budget), then timed rounds of the whole mix, the queries interleaved so that a noisy moment on the machine
     * spreads over all of them: up to {@code iterations} rounds within the budget (7 queries × {@code budget}
     * seconds), at least 5 (from N = 1,000,000 on, where one SQL round takes minutes: at least 3, and no warm-up
     * round for the SQL cases). A query that fails in the first round is left out of the timed rounds (its hits
     * shown as -1), and {@code report} says why; the pooled figures are then over the others.
     */
    static CaseRun measure(SearchCase c, List<BenchQuery> mix, int n, Options options, Report report) throws Exception {
        Map<String, Latencies> byQuery = new LinkedHashMap<>();
        Map<String, Long> hits = new LinkedHashMap<>();
        Latencies pooled = new Latencies();
        long budget = (long) (options.budgetSeconds() * 1e9 * mix.size());
        long warmEnd = System.nanoTime() + budget / 2;
        // From 1M on a round of a SQL case takes minutes: none is spent only to warm up (the JIT matters little there).
        int warmUpRounds = n >= 1_000_000 && c instanceof SqlSearchCase ? 0 : options.warmup();
        List<BenchQuery> working = new ArrayList<>(mix);
        for (BenchQuery q : warmUpRounds > 0 ? mix : List.<BenchQuery>of()) {
            try {
                hits.put(q.name(), c.run(q));
            } catch (Exception e) {
                working.remove(q);
                hits.put(q.name(), -1L);
                log("N=%d %s: query \"%s\" failed: %s", n, c.name(), q.name(), e);
                report.note("N=" + n + ", " + c.name() + ": query \"" + q.name() + "\" failed and is left out of the"
                        + " figures: "
                        + e.toString()
                                .lines()
                                .limit(3)
                                .reduce((a, b) -> a + " " + b)
                                .orElse(""));
            }
        }
        for (int round = 1; round < warmUpRounds && System.nanoTime() < warmEnd; round++) {
            for (BenchQuery q : working) {
                hits.put(q.name(), c.run(q));
            }
        }
        working.forEach(q -> byQuery.put(q.name(), new Latencies()));
        long end = System.nanoTime() + budget;
        int minRounds = n >= 1_000_000 ? 3 : 5;
        for (int round = 0; round < options.iterations() && (round < minRounds || System.nanoTime() < end); round++) {
            for (BenchQuery q : working) {
                long t = System.nanoTime();
                long total = c.run(q);
                long took = System.nanoTime() - t;
                hits.put(q.name(), total);
                byQuery.get(q.name()).add(took);
                pooled.add(took);
            }
        }
        log(
                "N=%d %-32s p50 %8.2f ms  p99 %8.2f ms  (%d runs)",
                n, c.name(), pooled.p50(), pooled.p99(), pooled.count());
        return new CaseRun(c.name(), n, byQuery, hits, pooled);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
