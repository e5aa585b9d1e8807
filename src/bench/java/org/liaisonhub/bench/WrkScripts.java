package org.liaisonhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * wrk's Lua scripts. The request paths live in a file of their own, one a line, read by each wrk thread (a table
 * literal of tens of thousands of strings is more than wrk's LuaJIT accepts in one chunk). Every script ends with one
 * summary line that {@link HttpCase} parses.
 */
final class WrkScripts {

    /** wrk's threads ({@code -t2}): the "once" stream gives each thread every second path. */
    static final int THREADS = 2;

    private static final String THREAD_IDS = """
            local next_id = 0
            function setup(thread)
              thread:set("id", next_id)
              next_id = next_id + 1
            end
            """;

    private static final String SUMMARY = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d non2xx=%d\\n",
                summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
                e.connect + e.read + e.write + e.timeout + e.status, e.status))
            end
            """;

    private WrkScripts() {}

    /** The URL's own path on every request. */
    static String plain() {
        return SUMMARY;
    }

    /** Each thread cycles through all paths, the second thread starting half-way, so the two interleave. */
    static String cycle(Path pathsFile) {
        return load(pathsFile) + THREAD_IDS + """
                local i = 0
                request = function()
                  local at = (i + (id or 0) * math.floor(#paths / %d)) %% #paths + 1
                  i = i + 1
                  return wrk.format("GET", paths[at])
                end
                """.formatted(THREADS) + SUMMARY;
    }

    /**
     * Each path at most once over the whole run: thread k sends paths k+1, k+1+THREADS, …; a thread that has sent its
     * share stops (and its last connections ask for {@code fallback}, a path outside the stream, rather than repeat
     * one). If that happens before the run's end, the requests/s figure is a lower bound: the report says so.
     */
    static String once(Path pathsFile, String fallback) {
        return load(pathsFile) + THREAD_IDS + """
                local n = 0
                request = function()
                  local at = (id or 0) + 1 + n * %d
                  n = n + 1
                  if at > #paths then
                    wrk.thread:stop()
                    return wrk.format("GET", "%s")
                  end
                  return wrk.format("GET", paths[at])
                end
                """.formatted(THREADS, fallback) + SUMMARY;
    }

    /** Writes the search paths of {@code queries} one a line. */
    static void writePaths(Path file, List<BenchQuery> queries) throws IOException {
        Files.write(
                file, queries.stream().map(q -> "/api/search?" + q.apiQuery()).toList());
    }

    private static String load(Path pathsFile) {
        return "local paths = {}\nfor line in io.lines(\""
                + pathsFile.toAbsolutePath().toString().replace("\\", "/") + "\") do paths[#paths + 1] = line end\n";
    }
}
