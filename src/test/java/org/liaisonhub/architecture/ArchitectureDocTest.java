package org.liaisonhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md's table of arrows between the top-level packages is the code's: read from the compiled
 * classes' dependencies, part by part.
 */
class ArchitectureDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([a-z]+) \\| ([a-z, –]+) \\|$", Pattern.MULTILINE);

    @Test
    void theArrowsOnTheArchitecturePage_areTheArrowsOfTheCode() throws IOException {
        assertThat(documented())
                .as("docs/architecture.md, \"Arrows between the parts\"")
                .isEqualTo(inCode());
    }

    static Map<String, Set<String>> documented() throws IOException {
        String page = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        String table = page.substring(page.indexOf("<!-- arrows: checked by ArchitectureDocTest -->"));
        table = table.substring(0, table.indexOf("\n\n"));
        Map<String, Set<String>> arrows = new TreeMap<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            if (row.group(1).equals("part")) {
                continue; // the header
            }
            Set<String> targets = new TreeSet<>();
            Arrays.stream(row.group(2).split(","))
                    .map(String::strip)
                    .filter(t -> !t.equals("–"))
                    .forEach(targets::add);
            arrows.put(row.group(1), targets);
        }
        return arrows;
    }

    static Map<String, Set<String>> inCode() {
        Map<String, Set<String>> arrows = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ArchitectureTest.ROOT)) {
            String from = part(type.getPackageName());
            if (from == null) {
                continue;
            }
            Set<String> targets = arrows.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = part(dependency.getTargetClass().getPackageName());
                if (to != null && !to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        return arrows;
    }

    /** {@code org.liaisonhub.search.application} → {@code search}; null outside Liaison. */
    private static String part(String packageName) {
        String prefix = ArchitectureTest.ROOT + ".";
        return packageName.startsWith(prefix)
                ? packageName.substring(prefix.length()).split("\\.")[0]
                : null;
    }
}
