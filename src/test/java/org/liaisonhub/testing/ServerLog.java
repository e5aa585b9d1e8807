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

    private ServerLog() {
    }

    /** The reply body followed by the logged lines of the incident it names, if any. */
    public static String explain(String replyBody) {
        Matcher m = INCIDENT.matcher(replyBody == null ? "" : replyBody);
        if (!m.find()) {
            return replyBody;
        }
        Path log = Path.of(System.getProperty("it.base.dir", "target/server/standalone"), "log", "server.log");
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
