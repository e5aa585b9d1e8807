package org.liaisonhub.bench;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Runs one query of the mix in a loop on a data directory a benchmark run left behind, for a profiler:
 * {@code java -XX:StartFlightRecording=… org.liaisonhub.bench.ProfileSearch target/bench/n10000/data "several terms" 300}.
 */
public final class ProfileSearch {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        String name = args.length > 1 ? args[1] : "several terms";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        JdbcConnectionPool h2 =
                JdbcConnectionPool.create("jdbc:h2:file:" + data.resolve("liaison/liaison"), "sa", "sa");
        SyntheticCatalog catalog = new SyntheticCatalog(BenchmarkSuite.SEED);
        BenchQuery query = BenchQuery.mix(catalog.country(0), catalog.country(1)).stream()
                .filter(q -> q.name().equals(name))
                .findFirst()
                .orElseThrow();
        try (LiaisonUnit unit = new LiaisonUnit(h2, data.resolve("hibernate-search"));
                SearchCase liaison = new LiaisonSearchCase(unit);
                SearchCase raw = new RawLuceneCase(unit)) {
            for (SearchCase c : new SearchCase[] {liaison, raw, liaison, raw}) {
                Latencies l = new Latencies();
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    c.run(query);
                    l.add(System.nanoTime() - t);
                }
                BenchmarkSuite.log("%s %s: p50 %.2f ms p99 %.2f ms", c.name(), name, l.p50(), l.p99());
            }
        } finally {
            h2.dispose();
        }
    }
}
