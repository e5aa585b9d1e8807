package org.liaisonhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness end to end at N = 1,000 (H2 only, a few iterations), into target/: it proves the harness
 * still runs against the application's current search code and mapping; it asserts no timing. Not here, as too heavy
 * for every build (each needs a server or an OpenSearch node of its own): the HTTP, demo-data and OpenSearch cases;
 * their parts are covered by {@link QueryStreamsTest}, {@link ServerTimingTest} and {@link SpeedSectionsTest}.
 */
class BenchmarkSmokeTest {

    @Test
    void harness_runsEveryInProcessCaseAndWritesTheReport() throws Exception {
        Path out = Path.of("target/bench-smoke");
        Report report = BenchmarkSuite.run(BenchmarkSuite.Options.parse(new String[] {
            "--n",
            "1000",
            "--out",
            out.resolve("docs").toString(),
            "--work",
            out.resolve("work").toString(),
            "--pg",
            "none",
            "--http-n",
            "0",
            "--iterations",
            "5",
            "--warmup",
            "1",
            "--budget",
            "1",
            "--opensearch-max-n",
            "0",
            "--demo",
            "false",
            "--command",
            "BenchmarkSmokeTest"
        }));

        assertThat(report.searchRuns())
                .extracting(BenchmarkSuite.CaseRun::caseName)
                .containsExactly(Report.LIAISON, Report.RAW, Report.LIKE_H2);
        // The data set is searchable by every case, and Liaison finds at least what the floor finds for a plain word
        // (more: its typo tolerance and language copies also match near spellings and other stems, issue 3).
        BenchmarkSuite.CaseRun liaison = report.find(Report.LIAISON, 1000).orElseThrow();
        BenchmarkSuite.CaseRun raw = report.find(Report.RAW, 1000).orElseThrow();
        assertThat(raw.hits().get("one term")).isPositive();
        assertThat(liaison.hits().get("one term"))
                .isGreaterThanOrEqualTo(raw.hits().get("one term"));
        assertThat(report.find(Report.LIKE_H2, 1000).orElseThrow().hits().get("one term"))
                .isPositive();
        assertThat(report.indexingRuns()).singleElement().satisfies(r -> assertThat(r.entries())
                .isEqualTo(1000));
        assertThat(Files.readString(report.markdown()))
                .contains(
                        "| " + Report.LIAISON + " |",
                        "## Indexing throughput",
                        "## Targets (issue 15)",
                        "## Time per step of this run",
                        "| N=1000: " + Report.LIAISON + " |",
                        "## How it is measured");
        assertThat(report.caseTimes())
                .extracting(Report.CaseTime::step)
                .contains("N=1000: Liaison mass indexer", "N=1000: " + Report.RAW);
        assertThat(Files.readString(report.chart())).startsWith("<svg").contains("polyline");
    }
}
