package org.liaisonhub.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's log, read by tests to explain a failure: when a reply names an incident, the logged stack
 * trace goes into the assertion message, which CI prints among the last lines of its output.
 */
public final class ServerLog {

    private static final Pattern INCIDENT = Pattern.compile("[Ii]ncident ([0-9a-f-]{36})");

    private ServerLog() {}

    private static Path file() {
        return Path.of(System.getProperty("it.base.dir", "target/server/standalone"), "log", "server.log");
    }

    /** Where the log ends now: pass it to {@link #since} to read what a test's requests logged. */
    public static long end() {
        try {
            return Files.size(file());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the server logged after {@code offset} (from {@link #end}). */
    public static String since(long offset) {
        try (java.io.RandomAccessFile log = new java.io.RandomAccessFile(file().toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, log.length() - offset)];
            log.seek(offset);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reply body followed by the logged lines of the incident it names, if any. */
    public static String explain(String replyBody) {
        Matcher m = INCIDENT.matcher(replyBody == null ? "" : replyBody);
        if (!m.find()) {
            return replyBody;
        }
        Path log = file();
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(m.group(1))) {
                    return replyBody + "\nserver log:\n"
                            + String.join("\n", lines.subList(i, Math.min(lines.size(), i + 40)));
                }
            }
            return replyBody + "\n(incident not found in " + log + ")";
        } catch (IOException e) {
            return replyBody + "\n(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
