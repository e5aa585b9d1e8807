package org.liaisonhub.editorial.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.liaisonhub.platform.Settings;
import org.liaisonhub.platform.StartupStep;

/** The demo data at startup, only if asked for, and on a database other than H2 only with a second flag. */
@Dependent
public class DemoDataAtStartup implements StartupStep {

    private static final Logger LOG = Logger.getLogger(DemoDataAtStartup.class.getName());

    @Inject
    DemoDataLoader demoData;

    @Inject
    Settings settings;

    @Resource(lookup = "java:jboss/datasources/LiaisonDS")
    DataSource dataSource;

    @Override
    public int order() {
        return DEMO_DATA;
    }

    @Override
    public void run() {
        if (!settings.demoDataEnabled()) {
            return;
        }
        String database = databaseProductName();
        if (Settings.loadDemoData(true, settings.demoDataBeyondH2Allowed(), database)) {
            demoData.loadOnce();
        } else {
            LOG.warning(() -> "Demo data (with its demo accounts) is not loaded on " + database + ": it is meant "
                    + "for H2 trials. Set " + Settings.DEMO_DATA_BEYOND_H2 + "=true as well to load it anyway.");
        }
    }

    private String databaseProductName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
