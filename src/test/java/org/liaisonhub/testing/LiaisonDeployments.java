package org.liaisonhub.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.liaisonhub.security.web.PageAccess;

/**
 * The one way tests build Arquillian deployments: the WAR that {@code mvn package} built, exactly as users get
 * it, plus (for in-container tests) the test classes themselves.
 */
public final class LiaisonDeployments {

    private LiaisonDeployments() {}

    /** The packaged application, for tests that talk to it over HTTP or through a browser. */
    public static WebArchive application() {
        String path = System.getProperty("liaison.war", "target/liaison.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("Run the tests through Maven (mvn verify): " + path + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The packaged application with test classes inside, for in-container tests that inject services; the address
     * of Arquillian's runner servlet gets a page access row ({@link TestRunnerPageRow}).
     */
    public static WebArchive applicationWith(Class<?>... testClasses) {
        return application()
                .addClasses(testClasses)
                .addPackage(LiaisonDeployments.class.getPackage())
                .addAsResource(
                        new StringAsset(TestRunnerPageRow.class.getName()),
                        "META-INF/services/" + PageAccess.ContributedRows.class.getName());
    }
}
