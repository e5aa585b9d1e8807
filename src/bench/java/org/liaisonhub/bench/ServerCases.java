package org.liaisonhub.bench;

import static org.liaisonhub.bench.BenchmarkSuite.SEED;
import static org.liaisonhub.bench.BenchmarkSuite.log;
import static org.liaisonhub.bench.BenchmarkSuite.seconds;

import java.nio.file.Path;
import org.liaisonhub.bench.BenchmarkSuite.Options;
import org.liaisonhub.testing.cluster.OpenSearchProcess;

/**
 * The cases on the packaged server, after the in-process ones: wrk at the HTTP case's N (on the embedded Lucene
 * backend, then on OpenSearch if its node is still running), then the demo-data case on a fresh server.
 */
final class ServerCases {

    private ServerCases() {}

    static void run(Options options, Report report, OpenSearchProcess openSearchForHttp) throws Exception {
        if (options.httpN() > 0 && options.sizes().contains(options.httpN())) {
            Path dir = options.work().toAbsolutePath().resolve("n" + options.httpN());
            log("HTTP at N=%d", options.httpN());
            long t0 = System.nanoTime();
            HttpCase http = new HttpCase(
                    options.server().toAbsolutePath(),
                    options.war().toAbsolutePath(),
                    options.jvmArgs(),
                    options.portOffset(),
                    16,
                    options.httpSeconds(),
                    options.distinctQueries());
            SyntheticCatalog catalog = new SyntheticCatalog(SEED);
            QueryStreams streams = new QueryStreams(
                    java.util.stream.IntStream.range(0, 40)
                            .mapToObj(catalog::country)
                            .toList(),
                    report.mix());
            HttpCase.HttpRun run = http.run(dir.resolve("data"), dir, report.mix(), streams);
            report.http(options.httpN(), run);
            report.caseTime("HTTP at N=" + options.httpN() + " (server start, wrk runs, timing)", seconds(t0));
            if (openSearchForHttp != null) {
                log("HTTP at N=%d, server on OpenSearch", options.httpN());
                t0 = System.nanoTime();
                try {
                    report.http(
                            options.httpN(),
                            run.with(http.runOnOpenSearch(dir.resolve("data"), dir, openSearchForHttp.hostAndPort())));
                } catch (Exception e) {
                    log("HTTP on OpenSearch failed: %s", e);
                    report.note("HTTP case on OpenSearch failed: " + e);
                }
                report.caseTime(
                        "HTTP at N=" + options.httpN() + " on OpenSearch (server start, wrk runs)", seconds(t0));
            }
        } else if (options.httpN() > 0) {
            report.note("HTTP case skipped: N=" + options.httpN() + " is not among the sizes run.");
        }

        if (options.demo()) {
            log("demo data over HTTP");
            long t0 = System.nanoTime();
            try {
                report.demo(new DemoDataCase(
                                options.server().toAbsolutePath(),
                                options.war().toAbsolutePath(),
                                options.jvmArgs(),
                                options.portOffset())
                        .run(options.work().toAbsolutePath().resolve("demo")));
            } catch (Exception e) {
                log("demo-data case failed: %s", e);
                report.note("Demo-data case failed: " + e);
            }
            report.caseTime("demo data over HTTP (server start, requests)", seconds(t0));
        }
    }
}
