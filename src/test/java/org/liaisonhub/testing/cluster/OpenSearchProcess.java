package org.liaisonhub.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.liaisonhub.testing.ServerBase;

/**
 * One real OpenSearch 2.19 node on loopback, for the cluster test. It runs in a JVM of its own
 * ({@code src/test/opensearch/OpenSearchNode.java} through Java's source launcher) on the class path that the build
 * resolved from {@code src/test/opensearch/pom.xml} (profile cluster-tests): OpenSearch's Lucene and log4j never
 * meet the test's class path.
 */
public final class OpenSearchProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path home;
    private final int httpPort;
    private final int transportPort;
    private Process process;

    public OpenSearchProcess(Path home, int httpPort, int transportPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
    }

    /** Starts on an empty data directory and waits until it answers HTTP; answers the start-up time. */
    public Duration start() {
        long started = System.nanoTime();
        try {
            ServerBase.delete(home);
            Files.createDirectories(home);
            String classpath = Files.readString(
                            Path.of(System.getProperty("it.opensearch.classpath", "target/opensearch/classpath.txt")))
                    .strip();
            String source = System.getProperty("it.opensearch.source", "src/test/opensearch/OpenSearchNode.java");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            process = new ProcessBuilder(List.of(
                            java.toString(),
                            "-Xms256m",
                            "-Xmx512m",
                            "-Djava.net.preferIPv4Stack=true",
                            "-cp",
                            classpath,
                            source,
                            home.resolve("node").toString(),
                            String.valueOf(httpPort),
                            String.valueOf(transportPort)))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("console.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await("OpenSearch at " + url() + " healthy")
                .atMost(START_TIMEOUT)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> healthyWhileAlive(http));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Whether the node answers with a health other than red; a process that has exited fails the wait at once. */
    private boolean healthyWhileAlive(HttpClient http) throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "OpenSearch exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
        }
        try {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(url() + "_cluster/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && !health.body().contains("\"red\"");
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    public String hostAndPort() {
        return "127.0.0.1:" + httpPort;
    }

    public String url() {
        return "http://" + hostAndPort() + "/";
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
