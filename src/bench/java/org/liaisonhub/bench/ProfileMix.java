package org.liaisonhub.bench;

import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The whole query mix through Liaison's search service and raw Lucene on a data directory a benchmark run left
 * behind, median per query: a quick check after a change to the search, without a whole benchmark run.
 * {@code java -cp … org.liaisonhub.bench.ProfileMix target/bench/n100000/data 50}; with
 * {@code -Dprofile.only="one term"} only that query of the mix.
 */
public final class ProfileMix {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        JdbcConnectionPool h2 =
                JdbcConnectionPool.create("jdbc:h2:file:" + data.resolve("liaison/liaison"), "sa", "sa");
        SyntheticCatalog catalog = new SyntheticCatalog(BenchmarkSuite.SEED);
        // -Dprofile.only="one term": that query alone, for a profile of one kind of search.
        String only = System.getProperty("profile.only");
        List<BenchQuery> mix = BenchQuery.mix(catalog.country(0), catalog.country(1)).stream()
                .filter(q -> only == null || q.name().equals(only))
                .toList();
        try (LiaisonUnit unit = new LiaisonUnit(h2, data.resolve("hibernate-search"));
                SearchCase liaison = new LiaisonSearchCase(unit)) {
            if (args.length > 2 && args[2].equals("reindex")) {
                long t = System.nanoTime();
                unit.massIndex();
                BenchmarkSuite.log("mass indexer %.1f s", BenchmarkSuite.seconds(t));
            }
            SearchCase raw = new RawLuceneCase(unit);
            for (SearchCase c : new SearchCase[] {liaison, raw}) {
                for (int warm = 0; warm < 5; warm++) {
                    for (BenchQuery q : mix) {
                        c.run(q);
                    }
                }
                Latencies all = new Latencies();
                for (BenchQuery q : mix) {
                    Latencies l = new Latencies();
                    long hits = 0;
                    for (int i = 0; i < runs; i++) {
                        long t = System.nanoTime();
                        hits = c.run(q);
                        long took = System.nanoTime() - t;
                        l.add(took);
                        all.add(took);
                    }
                    BenchmarkSuite.log(
                            "%-28s %-16s p50 %8.2f ms  p99 %8.2f ms  [%d]", c.name(), q.name(), l.p50(), l.p99(), hits);
                }
                BenchmarkSuite.log("%-28s %-16s p50 %8.2f ms  p99 %8.2f ms", c.name(), "MIX", all.p50(), all.p99());
            }
            raw.close();
        } finally {
            h2.dispose();
        }
    }
}
