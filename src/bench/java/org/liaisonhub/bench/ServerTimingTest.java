package org.liaisonhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServerTimingTest {

    @Test
    void parse_keepsEveryMetricWithADuration_inTheServersOrder() {
        Map<String, Double> parts = ServerTiming.parse(
                "text;dur=0.12, lucene;dur=0.80,facets;dur=0, cache;desc=\"hit\";dur=0.05, spelling, total;dur=1.9");

        assertThat(parts)
                .containsExactly(
                        Map.entry("text", 0.12),
                        Map.entry("lucene", 0.80),
                        Map.entry("facets", 0.0),
                        Map.entry("cache", 0.05),
                        Map.entry("total", 1.9));
    }

    @Test
    void parse_answersNothingForNoHeaderOrNoDurations() {
        assertThat(ServerTiming.parse(null)).isEmpty();
        assertThat(ServerTiming.parse("miss, db;desc=x")).isEmpty();
        assertThat(ServerTiming.parse("total;dur=abc")).isEmpty();
    }

    @Test
    void measure_takesTheMedianOfEachPart_andEachColdPathOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Map<String, Integer> callsByPath = new java.util.concurrent.ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int call = calls.incrementAndGet();
            callsByPath.merge(exchange.getRequestURI().toString(), 1, Integer::sum);
            // lucene alternates 1 and 3 ms, and once 100: the median is robust to the outlier.
            double lucene = call == 7 ? 100 : call % 2 == 0 ? 1 : 3;
            exchange.getResponseHeaders().add("Server-Timing", "lucene;dur=" + lucene + ", total;dur=" + (lucene + 1));
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            ServerTiming timing =
                    new ServerTiming("http://127.0.0.1:" + server.getAddress().getPort());
            List<ServerTiming.Timed> timed = timing.measure(Map.of("search", "/a"), 2, 9);

            assertThat(timed).singleElement().satisfies(t -> {
                assertThat(t.runs()).isEqualTo(9);
                assertThat(t.status()).isEqualTo(200);
                assertThat(t.serverParts()).containsOnlyKeys("lucene", "total");
                assertThat(t.serverParts().get("lucene")).isIn(1.0, 3.0);
                assertThat(t.serverTotal()).isEqualTo(t.serverParts().get("lucene") + 1);
                assertThat(t.clientMillis()).isPositive();
            });
            assertThat(callsByPath).containsEntry("/a", 11);

            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("word", List.of("/w1", "/w2", "/w3"));
            groups.put("typo", List.of("/missing"));
            List<ServerTiming.Timed> cold = timing.measureGroups(groups, 0, 3, true);
            assertThat(cold).extracting(ServerTiming.Timed::runs).containsExactly(3, 1);
            assertThat(cold.get(1).status()).isEqualTo(404);
            assertThat(callsByPath)
                    .containsEntry("/w1", 1)
                    .containsEntry("/w3", 1)
                    .containsEntry("/missing", 1);
        } finally {
            server.stop(0);
        }
    }
}
