package org.liaisonhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeedSectionsTest {

    private final Report report = new Report(BenchmarkSuite.Options.parse(new String[] {"--out", "target/unused"}));

    @Test
    void targets_sayByHowMuchTheHttpStreamsMissed() {
        report.http(
                100_000,
                new HttpCase.HttpRun(
                        List.of(
                                new HttpCase.WrkResult(HttpCase.DISTINCT, 15_000, 30, 9, 60, 0, 0, 700),
                                new HttpCase.WrkResult(HttpCase.ZIPF, 120_000, 30, 2, 20, 0, 0, 700)),
                        40_000,
                        false,
                        List.of(),
                        List.of()));

        String targets = SpeedSections.targets(report);

        assertThat(targets)
                .contains(
                        "| " + HttpCase.DISTINCT + " at N = 100,000: ≥ 1,000 requests/s, 0 errors, p99 ≤ 50"
                                + " ms | 500 requests/s, 0 errors, p99 60.0 ms | no: 50 % of the request rate; p99 1.2 × the limit |");
        assertThat(targets)
                .contains("| " + HttpCase.ZIPF + " at N = 100,000: ≥ 3,000 requests/s, 0 errors, p99 ≤ 50 ms"
                        + " | 4,000 requests/s, 0 errors, p99 20.0 ms | yes |");
        assertThat(targets)
                .contains("OpenSearch case not run", "| in-process at N = 10,000: p50 ≤ 2 ms, p99 ≤ 10 ms | not run");
    }

    @Test
    void demo_targetsUseTheServersTotal_andFallBackToTheClientsRoundTrip() {
        report.demo(List.of(
                new ServerTiming.Timed(
                        "one term", "/api/search?q=EIO", Map.of("lucene", 0.5, "total", 1.5), 2.5, 200, 60),
                new ServerTiming.Timed("several terms", "/api/search?q=x", Map.of("total", 7.5), 9.0, 200, 60),
                new ServerTiming.Timed(DemoDataCase.HEALTH, "/api/health", Map.of(), 1.2, 200, 60)));

        String targets = SpeedSections.targets(report);

        assertThat(targets)
                .contains("| demo data: every mix query ≤ 5 ms server time | slowest: several terms 7.5 ms"
                        + " (server; client 9.0 ms) | no: 1.5 × the limit |");
        assertThat(targets)
                .contains("| demo data: `/api/health` ≤ 2 ms | 1.2 ms (client round trip: no Server-Timing) | yes |");
        assertThat(SpeedSections.demo(report))
                .contains("| request | path | lucene | server total | client round trip |");
    }
}
