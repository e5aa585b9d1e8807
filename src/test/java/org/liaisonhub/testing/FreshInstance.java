package org.liaisonhub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;

/** Where the second, empty server of arquillian.xml (qualifier "fresh") answers. */
public final class FreshInstance {

    public static final String CONTAINER = "fresh";
    public static final String DEPLOYMENT = "fresh-app";

    private FreshInstance() {
    }

    /** Starts the second server on an empty database and index, and deploys the application on it. */
    public static Api startEmpty(ContainerController containers, Deployer deployer) {
        wipeData();
        containers.start(CONTAINER);
        deployer.deploy(DEPLOYMENT);
        return new Api(url());
    }

    public static void stop(ContainerController containers, Deployer deployer) {
        if (containers.isStarted(CONTAINER)) {
            deployer.undeploy(DEPLOYMENT);
            containers.stop(CONTAINER);
        }
    }

    private static void wipeData() {
        Path data = Path.of(System.getProperty("it.fresh.base.dir", "target/it-fresh"), "data");
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static URL url() {
        int offset = Integer.getInteger("it.fresh.port.offset", 100);
        try {
            return new URL("http://127.0.0.1:" + (8080 + offset) + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
