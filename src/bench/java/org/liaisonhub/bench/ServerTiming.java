package org.liaisonhub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time per request, broken into the parts the server names in its {@code Server-Timing} header
 * ({@code text;dur=0.12, lucene;dur=0.80, …, total;dur=1.9}): each path is sent one request at a time, after a
 * warm-up, and the median of every metric present is kept beside the client's own median round trip. Whatever metric
 * names the server sends are kept, in its order; a server that sends none still gets its client time measured.
 */
final class ServerTiming {

    /** The medians for one path: server parts in ms (name → median), client round trip in ms, last status. */
    record Timed(String name, String path, Map<String, Double> serverParts, double clientMillis, int status, int runs)
            implements java.io.Serializable {

        /** The server's own total if it sent one, else NaN. */
        double serverTotal() {
            return serverParts.getOrDefault("total", Double.NaN);
        }
    }

    private static final Pattern METRIC =
            Pattern.compile("([A-Za-z0-9_.-]+)\\s*(?:;[^,]*?dur\\s*=\\s*\"?([0-9.eE+-]+)\"?)?[^,]*");

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    ServerTiming(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Parses a Server-Timing header value into metric name → duration in ms (metrics without a dur are left out). */
    static Map<String, Double> parse(String header) {
        Map<String, Double> parts = new LinkedHashMap<>();
        if (header == null) {
            return parts;
        }
        for (String metric : header.split(",")) {
            Matcher m = METRIC.matcher(metric.strip());
            if (m.matches() && m.group(2) != null) {
                try {
                    parts.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
                } catch (NumberFormatException e) {
                    // a malformed duration: left out
                }
            }
        }
        return parts;
    }

    /** Sends each path {@code warmUp} then {@code runs} times in turn, one at a time; medians per path. */
    List<Timed> measure(Map<String, String> namedPaths, int warmUp, int runs) throws IOException, InterruptedException {
        Map<String, List<String>> single = new LinkedHashMap<>();
        namedPaths.forEach((name, path) -> single.put(name, List.of(path)));
        return measureGroups(single, warmUp, runs, false);
    }

    /**
     * Sends, one at a time, round after round, the next path of each group ({@code round % paths}); with
     * {@code eachOnce}, no path twice (a group with fewer paths than rounds sits the later rounds out): queries no
     * cache has seen. Medians per group.
     */
    List<Timed> measureGroups(Map<String, List<String>> groups, int warmUp, int runs, boolean eachOnce)
            throws IOException, InterruptedException {
        Map<String, Map<String, Latencies>> parts = new LinkedHashMap<>();
        Map<String, Latencies> roundTrips = new LinkedHashMap<>();
        Map<String, Integer> status = new LinkedHashMap<>();
        for (int round = 0; round < warmUp + runs; round++) {
            for (Map.Entry<String, List<String>> e : groups.entrySet()) {
                if (eachOnce && round >= e.getValue().size()) {
                    continue;
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create(
                                baseUrl + e.getValue().get(round % e.getValue().size())))
                        .timeout(Duration.ofSeconds(30))
                        .build();
                long t = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - t;
                status.put(e.getKey(), response.statusCode());
                if (round < warmUp) {
                    continue;
                }
                roundTrips.computeIfAbsent(e.getKey(), k -> new Latencies()).add(took);
                Map<String, Latencies> byPart = parts.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
                parse(response.headers().firstValue("Server-Timing").orElse(null))
                        .forEach((name, ms) -> byPart.computeIfAbsent(name, k -> new Latencies())
                                .add(Math.round(ms * 1_000_000)));
            }
        }
        List<Timed> timed = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            Map<String, Double> medians = new LinkedHashMap<>();
            parts.getOrDefault(e.getKey(), Map.of()).forEach((name, l) -> medians.put(name, l.p50()));
            Latencies c = roundTrips.get(e.getKey());
            timed.add(new Timed(
                    e.getKey(),
                    e.getValue().get(0),
                    medians,
                    c == null ? Double.NaN : c.p50(),
                    status.getOrDefault(e.getKey(), 0),
                    c == null ? 0 : c.count()));
        }
        return timed;
    }
}
