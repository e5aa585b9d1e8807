package org.liaisonhub.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.ServerBase;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * One WildFly node of the cluster test, as docs/operations.md starts one: the build's WildFly installation
 * ({@code jboss.home}), a base directory of its own copied from the cluster configuration the build made
 * ({@code target/server-cluster}: standalone-ha.xml + configure-cluster.cli), the cluster module directory on the
 * module path, the packaged WAR deployed by the scanner. A child process of the test, so it can be SIGKILLed.
 */
public final class ClusterNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final Path dir;
    private final int portOffset;
    private final List<String> options;
    private Process process;

    /**
     * @param options system properties of this node (database, OpenSearch, cluster members) besides its name and
     *        port offset
     */
    public ClusterNode(String name, Path dir, int portOffset, List<String> options) {
        this.name = name;
        this.dir = dir;
        this.portOffset = portOffset;
        this.options = options;
    }

    /** Empty data, the cluster configuration and the WAR in place. */
    public ClusterNode prepare(Path clusterBase, Path war) {
        ServerBase.delete(dir);
        try {
            Files.createDirectories(dir.resolve("configuration"));
            Files.createDirectories(dir.resolve("deployments"));
            try (Stream<Path> files = Files.list(clusterBase.resolve("configuration"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".properties")
                                || f.getFileName().toString().equals("liaison.xml"))
                        .toList()) {
                    Files.copy(file, dir.resolve("configuration").resolve(file.getFileName()));
                }
            }
            Files.copy(clusterBase.resolve("deployments/postgresql.jar"), dir.resolve("deployments/postgresql.jar"));
            Files.copy(war, dir.resolve("deployments/liaison.war"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts the node and waits until GET /api/health answers 200; answers the start-up time. */
    public Duration start(Path jbossHome, Path clusterModules) {
        if (isRunning()) {
            throw new IllegalStateException(name + " already running");
        }
        long started = System.nanoTime();
        List<String> javaOptions = new ArrayList<>(Arrays.asList(
                System.getProperty("server.jvm.args", "-Xmx512m").trim().split("\\s+")));
        javaOptions.addAll(options);
        javaOptions.addAll(List.of(
                "-Djboss.node.name=" + name,
                "-Djboss.tx.node.id=" + name,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.bind.address.private=127.0.0.1"));
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(jbossHome);
        command.setBaseDirectory(dir.toAbsolutePath());
        command.setServerConfiguration("liaison.xml");
        command.setModuleDirs(
                jbossHome.resolve("modules").toAbsolutePath().toString(),
                clusterModules.toAbsolutePath().toString());
        command.addJavaOptions(javaOptions);
        try {
            Files.createDirectories(dir.resolve("log"));
            Path console = dir.resolve("log/console.log");
            Files.writeString(console, "--- start ---\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = Launcher.of(command)
                    .setRedirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                    .launch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Api api = api();
        Awaitility.await(name + " answering GET /api/health")
                .atMost(START_TIMEOUT)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> answersWhileAlive(api));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Whether the node reports its health; a process that has exited fails the wait at once. */
    private boolean answersWhileAlive(Api api) {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    name + " exited with " + process.exitValue() + "; see " + dir.resolve("log/console.log"));
        }
        return api.answers("api/health");
    }

    /** SIGKILL of the node's process and anything it started: no shutdown, no flush. Answers the exit code. */
    public int kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    /** The node's API, anonymous. */
    public Api api() {
        return new Api(url());
    }

    public URL url() {
        try {
            return new URL("http://127.0.0.1:" + (8080 + portOffset) + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the node wrote to its console (all its starts). */
    public String console() {
        try {
            return Files.readString(dir.resolve("log/console.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (isRunning()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }
}
