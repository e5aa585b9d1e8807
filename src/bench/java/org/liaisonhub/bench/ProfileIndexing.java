package org.liaisonhub.bench;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Runs Liaison's mass indexer on a data directory a benchmark run left behind, for a profiler:
 * {@code java -XX:StartFlightRecording=… org.liaisonhub.bench.ProfileIndexing target/bench/n10000/data 2}.
 */
public final class ProfileIndexing {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        JdbcConnectionPool h2 = JdbcConnectionPool.create("jdbc:h2:file:" + data.resolve("liaison/liaison"), "sa", "sa");
        try (LiaisonUnit unit = new LiaisonUnit(h2, data.resolve("hibernate-search"))) {
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                unit.massIndex();
                BenchmarkSuite.log("mass indexer: %.1f s", BenchmarkSuite.seconds(t));
            }
        } finally {
            h2.dispose();
        }
    }
}
