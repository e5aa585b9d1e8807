package org.liaisonhub.bench;

import java.nio.file.Path;
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

    List<ServerTiming.Timed> run(Path workDir) throws Exception {
        HttpCase.deleteTree(workDir);
        java.nio.file.Files.createDirectories(workDir);
        try (PortalProcess portal = PortalProcess.start(serverHome, war, jvmArgs, portOffset, workDir,
                workDir.resolve("data"), true, "/api/search?q=EIO", "server-console.log", List.of())) {
            return new ServerTiming(portal.baseUrl()).measure(paths(), WARM_UP, RUNS);
        }
    }
}
