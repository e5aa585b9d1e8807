package org.liaisonhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.platform.SchemaMigrations.Vendor;
import org.liaisonhub.testing.LiaisonDeployments;

/** Inside the server: it runs on this test run's database, and start-up brought the schema to the newest version. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationsIT {

    @Deployment
    static WebArchive app() {
        return LiaisonDeployments.applicationWith(SchemaMigrationsIT.class);
    }

    private static DataSource liaisonDataSource() throws NamingException {
        return InitialContext.doLookup("java:jboss/datasources/LiaisonDS");
    }

    @Test
    void theServer_runsOnTheDatabaseOfThisTestRun() throws NamingException {
        String expected = System.getProperty("it.vendor");
        assertNotNull(expected, "arquillian.xml passes -Dit.vendor to the server");

        assertEquals(expected, Vendor.of(liaisonDataSource()).folder());
    }

    @Test
    void startUp_appliedEveryMigration() throws NamingException {
        MigrationInfoService info =
                SchemaMigrations.configure(liaisonDataSource()).load().info();

        assertEquals(0, info.pending().length, "pending: " + Arrays.toString(info.pending()));
        assertTrue(info.applied().length >= 2, "V1 and V2 at least");
        for (MigrationInfo migration : info.applied()) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
        }
        MigrationInfo[] all = info.all();
        assertEquals(all[all.length - 1].getVersion(), info.current().getVersion(), "at the newest version");
    }
}
