package org.liaisonhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The base directory of a server the tests start themselves (the "fresh" container, the crash test's server):
 * the configuration the build made for this run's database, and data, logs and deployments of its own.
 */
public record ServerBase(Path dir) {

    /**
     * A pristine copy of the configured base directory of this run's database (configuration, and for PostgreSQL
     * the deployed JDBC driver), made by the build before any server started (pom.xml, pre-integration-test).
     */
    static Path template() {
        return Path.of(System.getProperty("it.template.dir", "target/it/h2/template"));
    }

    public static ServerBase of(String property, String fallback) {
        return new ServerBase(Path.of(System.getProperty(property, fallback)));
    }

    /** Deletes everything (data and index included) and copies the configuration from the template again. */
    public ServerBase reset() {
        delete(dir);
        copyTree(template(), dir);
        return this;
    }

    public Path dataDir() {
        return dir.resolve("data");
    }

    public Path deployments() {
        return dir.resolve("deployments");
    }

    public Path log() {
        return dir.resolve("log");
    }

    /** Deletes a directory tree, if it exists. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.createDirectories(to.resolve("deployments"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
