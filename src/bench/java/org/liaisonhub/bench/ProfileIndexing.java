package org.liaisonhub.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Runs Liaison's mass indexer on a data directory a benchmark run left behind, for a profiler:
 * {@code java -XX:StartFlightRecording=… [-Dhibernate.…=…] org.liaisonhub.bench.ProfileIndexing target/bench/n10000/data 2 [N]}.
 * With N and no database in the directory, it first writes the synthetic catalogue of size N there (the same
 * seed as the benchmark). Each run logs its time, entities/s and the SQL it cost (Hibernate statistics), so an
 * association loaded one row at a time shows as statements growing with the entities instead of the batches.
 */
public final class ProfileIndexing {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int generate = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        boolean fresh = !Files.exists(data.resolve("liaison/liaison.mv.db"));
        Files.createDirectories(data.resolve("liaison"));
        JdbcConnectionPool h2 = JdbcConnectionPool.create(
                "jdbc:h2:file:" + data.resolve("liaison/liaison") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "sa");
        h2.setMaxConnections(8);
        try (LiaisonUnit unit = new LiaisonUnit(h2, data.resolve("hibernate-search"), overrides())) {
            if (fresh && generate > 0) {
                long t = System.nanoTime();
                SyntheticCatalog.Counts counts = new SyntheticCatalog(BenchmarkSuite.SEED).write(h2, generate);
                BenchmarkSuite.log("generated %s in %.1f s", counts, BenchmarkSuite.seconds(t));
            }
            long documents = countEntries(h2);
            Statistics statistics = unit.emf().unwrap(SessionFactory.class).getStatistics();
            statistics.setStatisticsEnabled(true);
            for (int i = 0; i < runs; i++) {
                statistics.clear();
                long t = System.nanoTime();
                long cpu = processCpuNanos();
                unit.massIndex();
                double seconds = BenchmarkSuite.seconds(t);
                double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
                // On a shared machine the wall time varies with the load; CPU time per entry varies far less.
                BenchmarkSuite.log(
                        "mass indexer: %,d entries in %.1f s (%.1f s CPU), %,.0f entities/s, %,.0f entities"
                                + " per CPU second",
                        documents, seconds, cpuSeconds, documents / seconds, documents / cpuSeconds);
                BenchmarkSuite.log(
                        "mass indexer: %,d entities and %,d"
                                + " collections loaded in %,d SQL statements (%,d entity fetches, %,d collection fetches)",
                        statistics.getEntityLoadCount(),
                        statistics.getCollectionLoadCount(),
                        statistics.getPrepareStatementCount(),
                        statistics.getEntityFetchCount(),
                        statistics.getCollectionFetchCount());
            }
        } finally {
            h2.dispose();
        }
    }

    /** System properties named {@code hibernate.*}: settings to compare against persistence.xml's, as -D options. */
    private static Map<String, Object> overrides() {
        Map<String, Object> overrides = new HashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("hibernate."))
                .forEach(name -> overrides.put(name, System.getProperty(name)));
        if (!overrides.isEmpty()) {
            BenchmarkSuite.log("settings overridden: %s", overrides);
        }
        return overrides;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The entries the mass indexer indexes: one document each. */
    private static long countEntries(DataSource dataSource) throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : List.of("authority", "contact_point", "network_resource", "good_practice")) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    total += rows.getLong(1);
                }
            }
        }
        return total;
    }
}
