package org.liaisonhub.testing;

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
import org.awaitility.Awaitility;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * A WildFly the test starts as a child process of its own, so it can kill it without warning (SIGKILL) and start
 * it again on the same directory and database. The configured server of the build, on a {@link ServerBase} of
 * its own, with the packaged WAR deployed by the deployment scanner; reached over HTTP only.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final ServerBase base;
    private final String database;
    private final int portOffset;
    private Process process;

    public ServerProcess(ServerBase base, String database, int portOffset) {
        this.base = base;
        this.database = database;
        this.portOffset = portOffset;
    }

    /** Empty directory and database, the WAR in place. */
    public ServerProcess prepareEmpty() {
        base.reset();
        TestDatabase.recreate(database);
        Path war = Path.of(System.getProperty("liaison.war", "target/liaison.war"));
        try {
            Files.copy(war, base.deployments().resolve("liaison.war"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts the server and waits until the application answers; the server's output goes to log/console.log. */
    public Api start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> javaOptions = new ArrayList<>(Arrays.asList(
                System.getProperty("server.jvm.args", "-Xmx512m").trim().split("\\s+")));
        javaOptions.addAll(Arrays.asList(
                System.getProperty("it.db.args", "-Dliaison.db=h2").trim().split("\\s+")));
        javaOptions.addAll(List.of(
                "-Dliaison.db.name=" + database,
                "-Dliaison.demo-data=false",
                "-Dliaison.admin.user=admin",
                "-Dliaison.admin.password=" + FreshInstance.ADMIN_PASSWORD,
                "-Dit.vendor=" + TestDatabase.vendor(),
                "-Djboss.socket.binding.port-offset=" + portOffset));
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(
                        Path.of(System.getProperty("jboss.home", "target/server")))
                .setBaseDirectory(base.dir().toAbsolutePath())
                .setServerConfiguration(System.getProperty("server.config", "liaison.xml"))
                .addJavaOptions(javaOptions);
        try {
            Files.createDirectories(base.log());
            Path console = base.log().resolve("console.log");
            Files.writeString(console, "--- start ---\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = Launcher.of(command)
                    .setRedirectErrorStream(true)
                    .redirectOutput(java.lang.ProcessBuilder.Redirect.appendTo(console.toFile()))
                    .launch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Api api = new Api(url()).as("admin", FreshInstance.ADMIN_PASSWORD);
        Awaitility.await("the server at " + url() + " answering")
                .atMost(START_TIMEOUT)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> answersWhileAlive(api));
        return api;
    }

    /** Whether the application answers; a process that has exited fails the wait at once. */
    private boolean answersWhileAlive(Api api) {
        if (!process.isAlive()) {
            throw new IllegalStateException("server exited with " + process.exitValue() + "; see "
                    + base.log().resolve("console.log"));
        }
        return api.answers("api/search?q=&size=1");
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, no flush; answers the process's exit code (137). */
    public int kill() {
        process.destroyForcibly();
        return waitForExit();
    }

    /** A graceful stop (SIGTERM, which WildFly answers by shutting down cleanly). */
    public int stop() {
        process.destroy();
        return waitForExit();
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** What the server wrote to its console since the directory was prepared. */
    public String console() {
        try {
            return Files.readString(base.log().resolve("console.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ServerBase base() {
        return base;
    }

    public URL url() {
        try {
            return new URL("http://127.0.0.1:" + (8080 + portOffset) + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (isRunning()) {
            kill();
        }
    }
}
