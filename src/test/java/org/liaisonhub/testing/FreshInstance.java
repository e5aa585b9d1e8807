package org.liaisonhub.testing;

import java.net.MalformedURLException;
import java.net.URL;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;

/**
 * The second server of arquillian.xml (qualifier "fresh"): its base directory, its database
 * ({@value #DATABASE} on PostgreSQL) and where it answers.
 */
public final class FreshInstance {

    public static final String CONTAINER = "fresh";
    public static final String DEPLOYMENT = "fresh-app";
    /** The first administrator the empty servers of the tests are started with (arquillian.xml). */
    public static final String ADMIN_PASSWORD = "fresh-admin-password";
    /** The database name arquillian.xml gives the fresh server. */
    public static final String DATABASE = "liaison_it_fresh";

    private FreshInstance() {}

    /** Starts the second server on an empty database and index, and deploys the application on it. */
    public static Api startEmpty(ContainerController containers, Deployer deployer) {
        prepareEmpty();
        return start(containers, deployer);
    }

    /** An empty base directory and database, which a test may fill before {@link #start}. */
    public static void prepareEmpty() {
        base().reset();
        TestDatabase.recreate(DATABASE);
    }

    /** Starts the second server on whatever its directory and database hold, and deploys the application. */
    public static Api start(ContainerController containers, Deployer deployer) {
        containers.start(CONTAINER);
        deployer.deploy(DEPLOYMENT);
        return new Api(url()).as("admin", ADMIN_PASSWORD);
    }

    public static void stop(ContainerController containers, Deployer deployer) {
        if (containers.isStarted(CONTAINER)) {
            deployer.undeploy(DEPLOYMENT);
            containers.stop(CONTAINER);
        }
    }

    /** The fresh server's database, to prepare or inspect (H2: only while the server is stopped). */
    public static DataSource database() {
        return TestDatabase.of(base(), DATABASE);
    }

    static ServerBase base() {
        return ServerBase.of("it.fresh.base.dir", "target/it/h2/fresh");
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
