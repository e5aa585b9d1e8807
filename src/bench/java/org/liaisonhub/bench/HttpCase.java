package org.liaisonhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Case 6: the packaged portal ({@link PortalProcess}) on a data directory holding the benchmark's H2 database and
 * index with N entries; {@code wrk} against {@code /api/search} with three request streams (the fixed mix in turn;
 * {@link QueryStreams#distinct distinct queries}, each sent once, so a result cache is cold; a Zipf-skewed stream
 * over 1,000 of them, so it is warm) and against a static file of the same server (the ceiling), while the server's
 * resident memory is sampled; then each mix query one request at a time for the server's own time per part
 * ({@link ServerTiming}).
 */
final class HttpCase {

    /** What one wrk run measured. */
    record WrkResult(
            String target,
            long requests,
            double seconds,
            double p50Millis,
            double p99Millis,
            long errors,
            long non2xx,
            long maxRssMb)
            implements java.io.Serializable {
        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    /** Everything the HTTP case measured: the wrk runs, the distinct stream's size, the per-part server times. */
    record HttpRun(
            List<WrkResult> wrk,
            int distinctQueries,
            boolean distinctExhausted,
            List<ServerTiming.Timed> timing,
            List<ServerTiming.Timed> coldTiming)
            implements java.io.Serializable {

        HttpRun with(List<WrkResult> more) {
            List<WrkResult> all = new ArrayList<>(wrk);
            all.addAll(more);
            return new HttpRun(all, distinctQueries, distinctExhausted, timing, coldTiming);
        }
    }

    /**
     * JIT warm-up: rounds of this many seconds until two rounds in a row differ by less than {@link #STEADY} in
     * requests/s, at most {@link #WARM_UP_ROUNDS}. A fixed 20 s was not enough on two cores: a server measured right
     * after it answered the cached mix at about 1,400 requests/s and the same server, minutes later, at 3,300.
     */
    static final int WARM_UP_SECONDS = 10;

    static final int WARM_UP_ROUNDS = 6;
    static final double STEADY = 0.10;
    /** Never-measured distinct queries per warm-up round of the uncached search path (more than a round can send). */
    static final int WARM_UP_QUERIES_PER_ROUND = 4_000;

    static final int TIMEOUT_SECONDS = 30;
    static final String MIX = "GET /api/search (query mix in turn)";
    static final String DISTINCT = "GET /api/search (distinct queries, each once: cache cold)";
    static final String ZIPF = "GET /api/search (Zipf stream over 1,000 queries: cache warm)";
    static final String STATIC = "GET /favicon.svg (static file, ceiling)";
    /** The suffix of the same streams against the server on the OpenSearch backend. */
    static final String ON_OPENSEARCH = ", server on OpenSearch";
    /** Sequential requests per mix query for the server-time parts (after 10 warm-up rounds). */
    static final int TIMING_RUNS = 30;
    /** Distinct queries, none sent before, one request at a time: the server's parts with no cache to help. */
    static final int COLD_TIMING_QUERIES = 240;

    private final Path serverHome;
    private final Path war;
    private final String jvmArgs;
    private final int portOffset;
    private final int connections;
    private final int seconds;
    private final int distinctQueries;

    HttpCase(
            Path serverHome,
            Path war,
            String jvmArgs,
            int portOffset,
            int connections,
            int seconds,
            int distinctQueries) {
        this.serverHome = serverHome;
        this.war = war;
        this.jvmArgs = jvmArgs;
        this.portOffset = portOffset;
        this.connections = connections;
        this.seconds = seconds;
        this.distinctQueries = distinctQueries;
    }

    HttpRun run(Path dataDir, Path workDir, List<BenchQuery> mix, QueryStreams streams) throws Exception {
        List<BenchQuery> all =
                streams.distinct(distinctQueries + COLD_TIMING_QUERIES + WARM_UP_ROUNDS * WARM_UP_QUERIES_PER_ROUND);
        int coldEnd = Math.min(all.size(), distinctQueries + COLD_TIMING_QUERIES);
        List<BenchQuery> distinct = all.subList(0, Math.max(0, coldEnd - COLD_TIMING_QUERIES));
        // The uncached search path is warmed on queries after these: none of the measured ones is answered before
        // its run, and each warm-up round sends queries of its own (a repeated one would come from the cache).
        List<BenchQuery> warmUp = all.subList(coldEnd, all.size());
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            Path roundPaths = workDir.resolve("warm-up-" + (round + 1) + "-paths.txt");
            WrkScripts.writePaths(
                    roundPaths,
                    warmUp.subList(
                            Math.min(warmUp.size(), round * WARM_UP_QUERIES_PER_ROUND),
                            Math.min(warmUp.size(), (round + 1) * WARM_UP_QUERIES_PER_ROUND)));
            Files.writeString(
                    workDir.resolve("warm-up-" + (round + 1) + ".lua"), WrkScripts.once(roundPaths, "/favicon.svg"));
        }
        Map<String, List<String>> cold = new LinkedHashMap<>();
        for (BenchQuery q : all.subList(distinct.size(), coldEnd)) {
            cold.computeIfAbsent(q.name().replaceAll(" \\d+$", ""), k -> new ArrayList<>())
                    .add("/api/search?" + q.apiQuery());
        }
        Path mixPaths = workDir.resolve("mix-paths.txt");
        Path distinctPaths = workDir.resolve("distinct-paths.txt");
        Path zipfPaths = workDir.resolve("zipf-paths.txt");
        WrkScripts.writePaths(mixPaths, mix);
        WrkScripts.writePaths(distinctPaths, distinct);
        WrkScripts.writePaths(zipfPaths, QueryStreams.zipf(distinct, 50_000, 1.0));
        Path zipfQueries = workDir.resolve("zipf-queries.txt");
        WrkScripts.writePaths(zipfQueries, distinct.subList(0, Math.min(QueryStreams.ZIPF_QUERIES, distinct.size())));
        Path mixScript = Files.writeString(workDir.resolve("mix.lua"), WrkScripts.cycle(mixPaths));
        Path distinctScript =
                Files.writeString(workDir.resolve("distinct.lua"), WrkScripts.once(distinctPaths, "/favicon.svg"));
        Path zipfScript = Files.writeString(workDir.resolve("zipf.lua"), WrkScripts.cycle(zipfPaths));
        Path zipfWarmScript =
                Files.writeString(workDir.resolve("zipf-warm.lua"), WrkScripts.once(zipfQueries, "/favicon.svg"));
        Path staticScript = Files.writeString(workDir.resolve("static.lua"), WrkScripts.plain());
        List<WrkResult> results = new ArrayList<>();
        try (PortalProcess portal = PortalProcess.start(
                serverHome,
                war,
                jvmArgs,
                portOffset,
                workDir,
                dataDir,
                false,
                "/api/search?q=extradition",
                "server-console.log",
                List.of())) {
            String base = portal.baseUrl();
            warmUp(base, workDir, mixScript, portal.java());
            results.add(wrk(base, mixScript, seconds, MIX, portal.java()));
            WrkResult once = wrk(base, distinctScript, seconds, DISTINCT, portal.java());
            results.add(once);
            // "Cache warm": each of the Zipf stream's queries once before it (the distinct run's answers to them
            // may have been pushed out of the cache's 1,000 entries by the queries sent after them).
            wrk(base, zipfWarmScript, seconds, "warm-up", portal.java());
            results.add(wrk(base, zipfScript, seconds, ZIPF, portal.java()));
            wrk(base + "/favicon.svg", staticScript, 5, "warm-up", portal.java());
            results.add(wrk(base + "/favicon.svg", staticScript, seconds, STATIC, portal.java()));
            Map<String, String> paths = new LinkedHashMap<>();
            mix.forEach(q -> paths.put(q.name(), "/api/search?" + q.apiQuery()));
            ServerTiming probe = new ServerTiming(base);
            List<ServerTiming.Timed> timing = probe.measure(paths, 10, TIMING_RUNS);
            int coldRounds = cold.values().stream().mapToInt(List::size).max().orElse(0);
            List<ServerTiming.Timed> coldTiming = probe.measureGroups(cold, 0, coldRounds, true);
            return new HttpRun(results, distinct.size(), once.requests() >= distinct.size(), timing, coldTiming);
        }
    }

    /**
     * The distinct and Zipf streams again (the same queries, files written by {@link #run}), against the same server
     * and data switched to the Elasticsearch backend on the OpenSearch node at {@code hostAndPort} (indexed by
     * {@link OpenSearchCase}), with the system properties the cluster configuration sets: what the embedded backend is
     * worth under load.
     */
    List<WrkResult> runOnOpenSearch(Path dataDir, Path workDir, String hostAndPort) throws Exception {
        List<WrkResult> results = new ArrayList<>();
        try (PortalProcess portal = PortalProcess.start(
                serverHome,
                war,
                jvmArgs,
                portOffset,
                workDir,
                dataDir,
                false,
                "/api/search?q=extradition",
                "server-opensearch-console.log",
                List.of(
                        "-Dliaison.search.backend=elasticsearch",
                        "-Dliaison.search.analysis-configurer=class:org.liaisonhub.search.analysis."
                                + "LiaisonElasticsearchAnalysisConfigurer",
                        "-Dliaison.search.hosts=" + hostAndPort))) {
            String base = portal.baseUrl();
            warmUp(base, workDir, workDir.resolve("mix.lua"), portal.java());
            results.add(wrk(base, workDir.resolve("distinct.lua"), seconds, DISTINCT + ON_OPENSEARCH, portal.java()));
            wrk(base, workDir.resolve("zipf-warm.lua"), seconds, "warm-up", portal.java());
            results.add(wrk(base, workDir.resolve("zipf.lua"), seconds, ZIPF + ON_OPENSEARCH, portal.java()));
        }
        return results;
    }

    /**
     * Warms the server's JIT until steady: first the uncached search path (the warm-up rounds' own distinct
     * queries), then the cached one (the mix in turn, whose answers the cache holds after its first round).
     */
    private void warmUp(String base, Path workDir, Path mixScript, ProcessHandle server)
            throws IOException, InterruptedException {
        untilSteady(round -> workDir.resolve("warm-up-" + round + ".lua"), base, "warm-up, uncached", server);
        untilSteady(round -> mixScript, base, "warm-up, cached", server);
    }

    private void untilSteady(
            java.util.function.IntFunction<Path> scriptOfRound, String base, String what, ProcessHandle server)
            throws IOException, InterruptedException {
        double previous = -1;
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            double rate = wrk(base, scriptOfRound.apply(round), WARM_UP_SECONDS, what + " " + round, server)
                    .requestsPerSecond();
            if (steady(previous, rate)) {
                return;
            }
            previous = rate;
        }
    }

    /** Two successive warm-up rounds within {@link #STEADY} of each other (relative to the earlier one). */
    static boolean steady(double previous, double rate) {
        return previous > 0 && Math.abs(rate - previous) < STEADY * previous;
    }

    private WrkResult wrk(String url, Path script, int duration, String target, ProcessHandle server)
            throws IOException, InterruptedException {
        // wrk leaves a request slower than its timeout (2 s by default) out of the latency figures and counts it as
        // an error; a long timeout keeps every answer in p50/p99, so queueing shows as latency, not as missing data.
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t" + WrkScripts.THREADS,
                        "-c" + connections,
                        "-d" + duration + "s",
                        "--timeout",
                        TIMEOUT_SECONDS + "s",
                        "--latency",
                        "-s",
                        script.toString(),
                        url)
                .redirectErrorStream(true)
                .start();
        AtomicLong maxRss = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (wrk.isAlive()) {
                maxRss.accumulateAndGet(PortalProcess.rssMb(server.pid()), Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        String out = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        sampler.join();
        Matcher m = Pattern.compile("BENCH requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+)"
                        + " errors=(\\d+) non2xx=(\\d+)")
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        WrkResult r = new WrkResult(
                target,
                Long.parseLong(m.group(1)),
                Long.parseLong(m.group(2)) / 1e6,
                Long.parseLong(m.group(3)) / 1000.0,
                Long.parseLong(m.group(4)) / 1000.0,
                Long.parseLong(m.group(5)),
                Long.parseLong(m.group(6)),
                maxRss.get());
        BenchmarkSuite.log(
                "%-60s %,8.0f requests/s  p50 %7.2f ms  p99 %7.2f ms  %d errors",
                target, r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.errors());
        return r;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static Map<String, String> environment() {
        return System.getenv();
    }
}
