package org.liaisonhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No main-source class over 250 lines, as the formatter leaves it (issue 16): a class that grows past that has
 * more than one job and is split, each part with tests of its own. Tests and benchmarks are not counted.
 */
class ClassSizeTest {

    static final int MAX_LINES = 250;

    @Test
    void noMainSourceFile_isLongerThan250Lines() throws IOException {
        assertThat(longerThan(Path.of("src/main/java"), MAX_LINES))
                .as("main-source files over %d lines", MAX_LINES)
                .isEmpty();
    }

    @Test
    void theCheck_findsALongFile(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("Long.java"), Collections.nCopies(MAX_LINES + 1, "//"));
        Files.write(dir.resolve("Short.java"), Collections.nCopies(MAX_LINES, "//"));
        assertThat(longerThan(dir, MAX_LINES)).containsOnlyKeys("Long.java");
    }

    static Map<String, Integer> longerThan(Path root, int max) throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() > max) {
                    tooLong.put(root.relativize(file).toString(), lines.size());
                }
            }
        }
        return tooLong;
    }
}
