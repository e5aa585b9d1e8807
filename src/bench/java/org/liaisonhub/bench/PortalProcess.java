package org.liaisonhub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged portal (target/liaison.war) on the provisioned WildFly (target/server, its configuration liaison.xml
 * and JVM options), on a base directory of its own and a given data directory (H2 database and index): started,
 * waited for until it answers, and stopped with every process it started.
 */
final class PortalProcess implements AutoCloseable {

    private final Process shell;
    private final String baseUrl;
    private final ProcessHandle java;

    private PortalProcess(Process shell, String baseUrl, ProcessHandle java) {
        this.shell = shell;
        this.baseUrl = baseUrl;
        this.java = java;
    }

    /**
     * Starts the server with {@code -Dliaison.demo-data=}{@code demoData} and the given {@code -D…} arguments and
     * waits until {@code readyPath} answers 200; the console goes to {@code workDir/consoleName}.
     */
    static PortalProcess start(
            Path serverHome,
            Path war,
            String jvmArgs,
            int portOffset,
            Path workDir,
            Path dataDir,
            boolean demoData,
            String readyPath,
            String consoleName,
            List<String> systemProperties)
            throws Exception {
        Path base = workDir.resolve("server");
        HttpCase.deleteTree(base);
        Files.createDirectories(base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.createDirectories(dataDir);
        try (Stream<Path> files = Files.list(serverHome.resolve("standalone/configuration"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(
                        f, base.resolve("configuration").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(war, base.resolve("deployments/liaison.war"));
        List<String> command = new java.util.ArrayList<>(List.of(
                serverHome.resolve("bin/standalone.sh").toString(),
                "-c",
                "liaison.xml",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.server.data.dir=" + dataDir,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dliaison.demo-data=" + demoData));
        command.addAll(systemProperties);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(consoleName).toFile());
        pb.environment().put("JAVA_OPTS", jvmArgs);
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        Process shell = pb.start();
        String baseUrl = "http://127.0.0.1:" + (8080 + portOffset);
        try {
            waitUntilUp(baseUrl + readyPath, shell, workDir.resolve(consoleName));
            ProcessHandle java = shell.toHandle()
                    .descendants()
                    .filter(p -> p.info()
                            .commandLine()
                            .map(c -> c.contains("jboss-modules.jar"))
                            .orElse(false))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no server JVM"));
            return new PortalProcess(shell, baseUrl, java);
        } catch (Exception | Error e) {
            stop(shell);
            throw e;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    ProcessHandle java() {
        return java;
    }

    private static void waitUntilUp(String url, Process shell, Path console) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            if (!shell.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + console);
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server did not answer " + url + " within 6 minutes; see " + console);
    }

    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // process gone
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        stop(shell);
    }

    private static void stop(Process shell) throws InterruptedException {
        List<ProcessHandle> children = shell.toHandle().descendants().toList();
        children.forEach(ProcessHandle::destroy);
        shell.destroy();
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        shell.waitFor();
    }
}
