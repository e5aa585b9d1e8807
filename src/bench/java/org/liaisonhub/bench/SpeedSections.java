package org.liaisonhub.bench;

import static org.liaisonhub.bench.Report.count;
import static org.liaisonhub.bench.Report.fmt;
import static org.liaisonhub.bench.Report.ms;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaisonhub.bench.BenchmarkSuite.CaseRun;
import org.liaisonhub.bench.BenchmarkSuite.IndexingRun;
import org.liaisonhub.bench.HttpCase.HttpRun;
import org.liaisonhub.bench.HttpCase.WrkResult;

/**
 * The report's sections for issue 15 (search at Lucene speed): server time per part, the demo-data case, the step
 * times against the run's budget, and the targets table with "met? / missed by how much".
 */
final class SpeedSections {

    /** The default run ({@code run-benchmarks.sh 10000 100000}) must stay below this. */
    static final double BUDGET_MINUTES = 25;

    private SpeedSections() {}

    static String serverTiming(Report report) {
        Optional<HttpRun> run = report.httpRun();
        if (run.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Server time per search, by part (N = " + count(report.httpN())
                + ")\n\nFrom the `Server-Timing` header of `/api/search` (whatever parts the server names, in ms,"
                + " medians), beside the client's median round trip; one request at a time after the wrk runs.\n\n");
        md.append("**The mix, each query ")
                .append(HttpCase.TIMING_RUNS)
                .append(" times after 10 warm-up rounds** (a"
                        + " repeated search: answered from the result cache where there is one).\n\n");
        md.append(table(run.get().timing(), "query"));
        md.append("\n**Queries never sent before** (")
                .append(HttpCase.COLD_TIMING_QUERIES)
                .append(" further distinct"
                        + " queries of the generator, each once, grouped by kind: no cache can help).\n\n");
        md.append(table(run.get().coldTiming(), "kind"));
        return md.toString();
    }

    static String demo(Report report) {
        List<ServerTiming.Timed> demo = report.demoTimings();
        if (demo.isEmpty()) {
            return "";
        }
        return "\n## Demo data, one request at a time\n\nThe packaged portal with `-Dliaison.demo-data=true` (H2, the"
                + " shipped demo entries), as a new user meets it: each request " + DemoDataCase.WARM_UP
                + " times to warm up, then " + DemoDataCase.RUNS + " times, one at a time, in turn with the others;"
                + " medians. A repeated search is answered from the result cache; the rows \"…"
                + DemoDataCase.CACHE_OFF_SUFFIX
                + "\" come from a second fresh server with the cache off (`" + DemoDataCase.CACHE_OFF + "`), what"
                + " each search costs when no earlier request helps. The target is judged on the slowest row.\n\n"
                + table(demo, "request");
    }

    /** One row per path: its server parts (the union of names, in the server's order), total, client. */
    static String table(List<ServerTiming.Timed> rows, String firstColumn) {
        Set<String> parts = new LinkedHashSet<>();
        rows.forEach(r -> r.serverParts().keySet().stream()
                .filter(p -> !p.equals("total"))
                .forEach(parts::add));
        StringBuilder md = new StringBuilder("| " + firstColumn + " | path |");
        parts.forEach(p -> md.append(" ").append(p).append(" |"));
        md.append(" server total | client round trip | status | runs |\n|---|---|");
        parts.forEach(p -> md.append("---:|"));
        md.append("---:|---:|---:|---:|\n");
        for (ServerTiming.Timed r : rows) {
            md.append("| ")
                    .append(r.name())
                    .append(" | `")
                    .append(r.path().replace("|", "%7C"))
                    .append("` |");
            parts.forEach(p -> md.append(" ")
                    .append(ms(r.serverParts().getOrDefault(p, Double.NaN)))
                    .append(" |"));
            md.append(" ")
                    .append(ms(r.serverTotal()))
                    .append(" | ")
                    .append(ms(r.clientMillis()))
                    .append(" | ")
                    .append(r.status())
                    .append(" | ")
                    .append(r.runs())
                    .append(" |\n");
        }
        if (rows.stream().allMatch(r -> r.serverParts().isEmpty())) {
            md.append("\nThe server sent no `Server-Timing` header: only the client's round trip is known.\n");
        }
        return md.toString();
    }

    static String caseTimes(Report report) {
        List<Report.CaseTime> times = report.caseTimes();
        if (times.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Time per step of this run\n\n| step | seconds |\n|---|---:|\n");
        times.forEach(t -> md.append("| ")
                .append(t.step())
                .append(" | ")
                .append(fmt(t.seconds(), 1))
                .append(" |\n"));
        double total = times.stream().mapToDouble(Report.CaseTime::seconds).sum();
        md.append("| all steps | ")
                .append(fmt(total, 1))
                .append(" (")
                .append(fmt(total / 60, 1))
                .append(" min; budget of" + " the default run: ")
                .append(fmt(BUDGET_MINUTES, 0))
                .append(" min, the build not included) |\n");
        return md.toString();
    }

    static String targets(Report report) {
        StringBuilder t = new StringBuilder("| target | measured | met? |\n|---|---|---|\n");
        demoTargets(report, t);
        latencyTarget(report, t, 10_000, 2, 10, Double.NaN);
        latencyTarget(report, t, 100_000, 5, 25, 1.5);
        Optional<CaseRun> liaison1m = report.find(Report.LIAISON, 1_000_000);
        Optional<CaseRun> like1m = report.find(Report.LIKE_H2, 1_000_000);
        if (liaison1m.isPresent() && like1m.isPresent()) {
            double speedup =
                    like1m.get().pooled().p50() / liaison1m.get().pooled().p50();
            t.append("| ≥ 100 × faster than SQL LIKE at N = 1,000,000 (H2, p50) | ")
                    .append(fmt(speedup, 0))
                    .append(" × | ")
                    .append(verdict(speedup >= 100, fmt(100 / speedup, 1) + " × short"))
                    .append(" |\n");
        } else {
            t.append("| ≥ 100 × faster than SQL LIKE at N = 1,000,000 | not run (add 1000000 to the sizes) | – |\n");
        }
        httpTargets(report, t);
        Optional<IndexingRun> indexing =
                report.indexingRuns().stream().filter(r -> r.n() == 100_000).findFirst();
        if (indexing.isPresent()) {
            double rate = indexing.get().entries() / indexing.get().massIndexSeconds();
            t.append("| mass indexing ≥ 10,000 entities/s at N = 100,000 | ")
                    .append(count(Math.round(rate)))
                    .append(" entities/s | ")
                    .append(verdict(rate >= 10_000, fmt(10_000 / rate, 1) + " × short"))
                    .append(" |\n");
        }
        return t.toString();
    }

    private static void demoTargets(Report report, StringBuilder t) {
        List<ServerTiming.Timed> demo = report.demoTimings();
        if (demo.isEmpty()) {
            t.append("| demo data: every mix query ≤ 5 ms server time; `/api/health` ≤ 2 ms | not run | – |\n");
            return;
        }
        ServerTiming.Timed slowest = null;
        for (ServerTiming.Timed d : demo) {
            if (!d.name().equals(DemoDataCase.HEALTH) && (slowest == null || server(d) > server(slowest))) {
                slowest = d;
            }
        }
        if (slowest != null) {
            double s = server(slowest);
            t.append("| demo data: every mix query ≤ 5 ms server time | slowest: ")
                    .append(slowest.name())
                    .append(" ")
                    .append(ms(s))
                    .append(" ms")
                    .append(source(slowest))
                    .append(" | ")
                    .append(verdict(s <= 5, fmt(s / 5, 1) + " × the limit"))
                    .append(" |\n");
        }
        demo.stream()
                .filter(d -> d.name().equals(DemoDataCase.HEALTH))
                .findFirst()
                .ifPresent(h -> {
                    double s = server(h);
                    t.append("| demo data: `/api/health` ≤ 2 ms | ")
                            .append(ms(s))
                            .append(" ms")
                            .append(source(h))
                            .append(" | ")
                            .append(verdict(s <= 2, fmt(s / 2, 1) + " × the limit"))
                            .append(" |\n");
                });
    }

    /** The server's own total where it sent one, else the client's round trip (an upper bound). */
    private static double server(ServerTiming.Timed timed) {
        return Double.isNaN(timed.serverTotal()) ? timed.clientMillis() : timed.serverTotal();
    }

    private static String source(ServerTiming.Timed timed) {
        return Double.isNaN(timed.serverTotal())
                ? " (client round trip: no Server-Timing)"
                : " (server; client " + ms(timed.clientMillis()) + " ms)";
    }

    private static void latencyTarget(
            Report report, StringBuilder t, int n, double p50Max, double p99Max, double rawRatioMax) {
        Optional<CaseRun> liaison = report.find(Report.LIAISON, n);
        if (liaison.isEmpty()) {
            t.append("| in-process at N = ")
                    .append(count(n))
                    .append(": p50 ≤ ")
                    .append(fmt(p50Max, 0))
                    .append(" ms, p99 ≤ ")
                    .append(fmt(p99Max, 0))
                    .append(" ms | not run | – |\n");
            return;
        }
        double p50 = liaison.get().pooled().p50();
        double p99 = liaison.get().pooled().p99();
        t.append("| in-process at N = ")
                .append(count(n))
                .append(": p50 ≤ ")
                .append(fmt(p50Max, 0))
                .append(" ms, p99 ≤ ")
                .append(fmt(p99Max, 0))
                .append(" ms | p50 ")
                .append(ms(p50))
                .append(" ms, p99 ")
                .append(ms(p99))
                .append(" ms | ")
                .append(verdict(
                        p50 <= p50Max && p99 <= p99Max,
                        (p50 > p50Max ? "p50 " + fmt(p50 / p50Max, 1) + " × the limit" : "")
                                + (p50 > p50Max && p99 > p99Max ? "; " : "")
                                + (p99 > p99Max ? "p99 " + fmt(p99 / p99Max, 1) + " × the limit" : "")))
                .append(" |\n");
        Optional<CaseRun> raw = report.find(Report.RAW, n);
        if (!Double.isNaN(rawRatioMax) && raw.isPresent()) {
            double r50 = p50 / raw.get().pooled().p50();
            double r99 = p99 / raw.get().pooled().p99();
            t.append("| within ")
                    .append(fmt(rawRatioMax, 1))
                    .append(" × raw Lucene at N = ")
                    .append(count(n))
                    .append(" | p50 ")
                    .append(fmt(r50, 2))
                    .append(" ×, p99 ")
                    .append(fmt(r99, 2))
                    .append(" × | ")
                    .append(verdict(
                            r50 <= rawRatioMax && r99 <= rawRatioMax,
                            "by " + fmt(Math.max(r50, r99) / rawRatioMax, 1) + " × the allowed ratio"))
                    .append(" |\n");
        }
    }

    private static void httpTargets(Report report, StringBuilder t) {
        Optional<HttpRun> run = report.httpRun();
        if (run.isEmpty()) {
            t.append("| `/api/search` under wrk | not run | – |\n");
            return;
        }
        httpTarget(t, report, run.get(), HttpCase.DISTINCT, 1_000);
        httpTarget(t, report, run.get(), HttpCase.ZIPF, 3_000);
        Optional<CaseRun> lucene = report.find(Report.LIAISON, report.httpN());
        Optional<CaseRun> openSearch = report.find(OpenSearchCase.NAME, report.httpN());
        if (lucene.isPresent() && openSearch.isPresent()) {
            double l = lucene.get().pooled().p50();
            double o = openSearch.get().pooled().p50();
            t.append("| embedded Lucene at least as fast as the OpenSearch backend (same mix, same data, in-process,"
                            + " N = ")
                    .append(count(report.httpN()))
                    .append(") | p50 ")
                    .append(ms(l))
                    .append(" ms against ")
                    .append(ms(o))
                    .append(" ms (")
                    .append(fmt(o / l, 1))
                    .append(" ×) | ")
                    .append(verdict(l <= o, fmt(l / o, 1) + " × slower"))
                    .append(" |\n");
        } else {
            t.append("| embedded Lucene at least as fast as the OpenSearch backend | OpenSearch case not run at N = ")
                    .append(count(report.httpN()))
                    .append(" | – |\n");
        }
    }

    private static void httpTarget(StringBuilder t, Report report, HttpRun run, String target, double rps) {
        run.wrk().stream().filter(r -> r.target().equals(target)).findFirst().ifPresent(r -> {
            boolean ok = r.requestsPerSecond() >= rps && r.errors() == 0 && r.p99Millis() <= 50;
            t.append("| ")
                    .append(target)
                    .append(" at N = ")
                    .append(count(report.httpN()))
                    .append(": ≥ ")
                    .append(count(Math.round(rps)))
                    .append(" requests/s, 0 errors, p99 ≤ 50 ms | ")
                    .append(count(Math.round(r.requestsPerSecond())))
                    .append(" requests/s, ")
                    .append(r.errors())
                    .append(" errors, p99 ")
                    .append(ms(r.p99Millis()))
                    .append(" ms | ")
                    .append(verdict(ok, shortfall(r, rps)))
                    .append(" |\n");
        });
    }

    private static String shortfall(WrkResult r, double rps) {
        List<String> why = new java.util.ArrayList<>();
        if (r.requestsPerSecond() < rps) {
            why.add(fmt(100 * r.requestsPerSecond() / rps, 0) + " % of the request rate");
        }
        if (r.p99Millis() > 50) {
            why.add("p99 " + fmt(r.p99Millis() / 50, 1) + " × the limit");
        }
        if (r.errors() > 0) {
            why.add(r.errors() + " errors");
        }
        return String.join("; ", why);
    }

    private static String verdict(boolean met, String missedBy) {
        return met ? "yes" : "no: " + missedBy;
    }
}
