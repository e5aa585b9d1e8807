import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.join.ParentJoinPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch 2.19 node for the cluster test, on loopback: {@code java -cp <opensearch class path>
 * OpenSearchNode.java <home> <http port> <transport port>} (Java's single-file source launcher: no build step).
 * Runs in a JVM of its own with the class path of src/test/opensearch/pom.xml. Prints "OPENSEARCH STARTED" when
 * it answers, and runs until the process is stopped.
 */
public final class OpenSearchNode {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("plugins"));
        Settings settings = Settings.builder()
                .put("cluster.name", "liaison-test")
                .put("node.name", "search-1")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2])
                // A test machine's disk may be nearly full: never turn the index read-only for that.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                // As the embedded backend allows (CatalogSearchService): a five-word query with its synonyms
                // expands over the text fields to more than OpenSearch's default of 1,024 clauses.
                .put("indices.query.bool.max_clause_count", 16384)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(),
                home.resolve("config"), () -> "search-1");
        Node node = new TestNode(environment);
        node.start();
        System.out.println("OPENSEARCH STARTED on 127.0.0.1:" + args[1]);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Node's constructor that takes plugin classes is protected: the way OpenSearch's own tests start one. */
    static final class TestNode extends Node {
        TestNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class,
                    MapperExtrasPlugin.class, PainlessPlugin.class, ParentJoinPlugin.class), true);
        }
    }
}
