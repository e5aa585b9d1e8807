package org.liaisonhub.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaisonhub.catalog.EntryType;

/**
 * Case 7: the portal as a new user first meets it: the packaged server on a fresh data directory with
 * {@code -Dliaison.demo-data=true} (H2, the shipped demo entries), each query of a mix adapted to that data and
 * {@code /api/health} sent one request at a time; the server's own time per part (Server-Timing) and the client's round
 * trip, medians.
 */
final class DemoDataCase {

    static final String HEALTH = "health";
    static final int RUNS = 60;
    static final int WARM_UP = 30;

    /** The mix on the demo data: the examples, a typo, a name, a filter, a later page, and the health probe. */
    static Map<String, String> paths() {
        Map<String, String> paths = new LinkedHashMap<>();
        List<BenchQuery> queries = List.of(
                new BenchQuery("one term", "EIO", Set.of(), Set.of(), 1),
                new BenchQuery("two terms", "asset recovery", Set.of(), Set.of(), 1),
                new BenchQuery("several terms", "mutual legal assistance asset recovery", Set.of(), Set.of(), 1),
                new BenchQuery("typo", "extradtion", Set.of(), Set.of(), 1),
                new BenchQuery("name", "Eurojust", Set.of(), Set.of(), 1),
                new BenchQuery("facet + filters", "extradition", Set.of(EntryType.CONTACT), Set.of("SE", "FR"), 1),
                new BenchQuery("page 2", "cooperation", Set.of(), Set.of(), 2));
        queries.forEach(q -> paths.put(q.name(), "/api/search?" + q.apiQuery()));
        paths.put(HEALTH, "/api/health");
        return paths;
    }

    private final Path serverHome;
    private final Path war;
    private final String jvmArgs;
    private final int portOffset;

    DemoDataCase(Path serverHome, Path war, String jvmArgs, int portOffset) {
        this.serverHome = serverHome;
        this.war = war;
        this.jvmArgs = jvmArgs;
        this.portOffset = portOffset;
    }

    /**
     * The mix twice, on two fresh servers: as shipped (a repeated search answered from the result cache) and with the
     * cache off ({@code liaison.search.cache.max-entry-bytes=0}, rows named "…, cache off"), so the report shows
     * what a search costs when no earlier request helps; the targets are judged on the slower of the two.
     */
    List<ServerTiming.Timed> run(Path workDir) throws Exception {
        List<ServerTiming.Timed> timed = new ArrayList<>(measure(workDir.resolve("cache-on"), List.of(), ""));
        timed.addAll(measure(workDir.resolve("cache-off"), List.of(CACHE_OFF), CACHE_OFF_SUFFIX).stream()
                .filter(t -> !t.name().equals(HEALTH + CACHE_OFF_SUFFIX))
                .toList());
        return timed;
    }

    static final String CACHE_OFF = "-Dliaison.search.cache.max-entry-bytes=0";
    static final String CACHE_OFF_SUFFIX = ", cache off";

    private List<ServerTiming.Timed> measure(Path dir, List<String> properties, String suffix) throws Exception {
        HttpCase.deleteTree(dir);
        java.nio.file.Files.createDirectories(dir);
        Map<String, String> named = new LinkedHashMap<>();
        paths().forEach((name, path) -> named.put(name + suffix, path));
        try (PortalProcess portal = PortalProcess.start(
                serverHome,
                war,
                jvmArgs,
                portOffset,
                dir,
                dir.resolve("data"),
                true,
                "/api/search?q=EIO",
                "server-console.log",
                properties)) {
            return new ServerTiming(portal.baseUrl()).measure(named, WARM_UP, RUNS);
        }
    }
}
