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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Case 6: the packaged portal (target/liaison.war) on the provisioned WildFly (target/server, its configuration
 * liaison.xml and JVM options), on a base directory of its own whose data directory is the benchmark's H2 database
 * and index, loaded with N entries; {@code wrk} against {@code /api/search} (the query mix in turn) and against
 * a static file of the same server (the ceiling), while the server's resident memory is sampled.
 */
final class HttpCase {

    /** What one wrk run measured. */
    record WrkResult(String target, long requests, double seconds, double p50Millis, double p99Millis,
            long errors, long non2xx, long maxRssMb) implements java.io.Serializable {
        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    static final int WARM_UP_SECONDS = 30;
    static final int TIMEOUT_SECONDS = 30;

    private final Path serverHome;
    private final Path war;
    private final String jvmArgs;
    private final int portOffset;
    private final int connections;
    private final int seconds;

    HttpCase(Path serverHome, Path war, String jvmArgs, int portOffset, int connections, int seconds) {
        this.serverHome = serverHome;
        this.war = war;
        this.jvmArgs = jvmArgs;
        this.portOffset = portOffset;
        this.connections = connections;
        this.seconds = seconds;
    }

    List<WrkResult> run(Path dataDir, Path workDir, List<BenchQuery> mix) throws Exception {
        Path base = workDir.resolve("server");
        deleteTree(base);
        Files.createDirectories(base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        try (Stream<Path> files = Files.list(serverHome.resolve("standalone/configuration"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, base.resolve("configuration").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(war, base.resolve("deployments/liaison.war"));
        int port = 8080 + portOffset;
        ProcessBuilder pb = new ProcessBuilder(serverHome.resolve("bin/standalone.sh").toString(), "-c", "liaison.xml",
                "-Djboss.server.base.dir=" + base, "-Djboss.server.data.dir=" + dataDir,
                "-Djboss.socket.binding.port-offset=" + portOffset, "-Dliaison.demo-data=false")
                .redirectErrorStream(true).redirectOutput(workDir.resolve("server-console.log").toFile());
        pb.environment().put("JAVA_OPTS", jvmArgs);
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        Process shell = pb.start();
        List<WrkResult> results = new ArrayList<>();
        try {
            String base0 = "http://127.0.0.1:" + port;
            waitUntilUp(base0 + "/api/search?q=extradition", shell);
            ProcessHandle java = serverJava(shell).orElseThrow(() -> new IllegalStateException("no server JVM"));
            Path script = workDir.resolve("mix.lua");
            Files.writeString(script, luaScript(mix));
            Path staticScript = workDir.resolve("static.lua");
            Files.writeString(staticScript, luaScript(null));
            // Warm-up (JIT, caches): not reported.
            wrk(base0, script, WARM_UP_SECONDS, "warm-up", java);
            results.add(wrk(base0, script, seconds, "GET /api/search (query mix)", java));
            wrk(base0 + "/favicon.svg", staticScript, 5, "warm-up", java);
            results.add(wrk(base0 + "/favicon.svg", staticScript, seconds, "GET /favicon.svg (static file, ceiling)", java));
        } finally {
            stop(shell);
        }
        return results;
    }

    private WrkResult wrk(String url, Path script, int duration, String target, ProcessHandle server)
            throws IOException, InterruptedException {
        // wrk leaves a request slower than its timeout (2 s by default) out of the latency figures and counts it as
        // an error; a long timeout keeps every answer in p50/p99, so queueing shows as latency, not as missing data.
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + duration + "s", "--timeout",
                TIMEOUT_SECONDS + "s", "--latency",
                "-s", script.toString(), url).redirectErrorStream(true).start();
        AtomicLong maxRss = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (wrk.isAlive()) {
                maxRss.accumulateAndGet(rssMb(server.pid()), Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        String out = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        sampler.join();
        Matcher m = Pattern.compile("BENCH requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+)"
                + " errors=(\\d+) non2xx=(\\d+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        return new WrkResult(target, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6,
                Long.parseLong(m.group(3)) / 1000.0, Long.parseLong(m.group(4)) / 1000.0, Long.parseLong(m.group(5)),
                Long.parseLong(m.group(6)), maxRss.get());
    }

    /** wrk's Lua: each request takes the next path of the mix (or the URL's own path), the summary as one line. */
    private static String luaScript(List<BenchQuery> mix) {
        StringBuilder lua = new StringBuilder();
        if (mix != null) {
            lua.append("local paths = {");
            for (BenchQuery q : mix) {
                lua.append("\"/api/search?").append(q.apiQuery()).append("\",");
            }
            lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                    + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        }
        lua.append("done = function(summary, latency, requests)\n"
                + "  local e = summary.errors\n"
                + "  io.write(string.format(\"BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d non2xx=%d\\n\",\n"
                + "    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),\n"
                + "    e.connect + e.read + e.write + e.timeout + e.status, e.status))\nend\n");
        return lua.toString();
    }

    private static void waitUntilUp(String url, Process shell) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            if (!shell.isAlive()) {
                throw new IllegalStateException("the server stopped; see server-console.log");
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server did not answer " + url + " within 6 minutes");
    }

    private static Optional<ProcessHandle> serverJava(Process shell) {
        return shell.toHandle().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                .findFirst();
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

    private static void stop(Process shell) throws InterruptedException {
        List<ProcessHandle> children = shell.toHandle().descendants().toList();
        children.forEach(ProcessHandle::destroy);
        shell.destroy();
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        shell.waitFor();
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static Map<String, String> environment() {
        return System.getenv();
    }
}
