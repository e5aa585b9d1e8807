package org.liaisonhub.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.liaisonhub.editorial.application.DemoDataLoader;
import org.liaisonhub.search.application.IndexMaintenance;
import org.liaisonhub.security.Role;
import org.liaisonhub.security.application.AdminSetupService;
import org.liaisonhub.security.application.UserService;

/**
 * What happens when the application starts: the index is checked; the operator's first admin is created if
 * given; demo data is loaded only if asked for (and on PostgreSQL only with a second flag); and if there is still
 * no admin, a one-time setup token is written to the log.
 */
@ApplicationScoped
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    @Inject
    IndexMaintenance index;

    @Inject
    DemoDataLoader demoData;

    @Inject
    UserService users;

    @Inject
    AdminSetupService setup;

    @Resource(lookup = "java:jboss/datasources/LiaisonDS")
    DataSource dataSource;

    void onStart(@Observes jakarta.enterprise.event.Startup event) {
        index.reindexIfBehind();
        Settings.bootstrapAdmin().ifPresent(admin -> users.createIfAbsent(admin[0], admin[1], Set.of(Role.ADMIN)));
        if (Settings.demoDataEnabled()) {
            String database = databaseProductName();
            if (Settings.loadDemoData(true, Settings.demoDataBeyondH2Allowed(), database)) {
                demoData.loadOnce();
            } else {
                LOG.warning(() -> "Demo data (with its demo accounts) is not loaded on " + database + ": it is meant "
                        + "for H2 trials. Set " + Settings.DEMO_DATA_BEYOND_H2 + "=true as well to load it anyway.");
            }
        }
        setup.openIfNoAdmin().ifPresent(token -> LOG.warning(() -> "No administrator exists yet. Within "
                + AdminSetupService.LIFETIME.toMinutes() + " minutes, create the first one, once, with this token:"
                + " POST /api/setup {\"token\": \"" + token + "\", \"username\": \"…\", \"password\": \"…\"}"
                + " (or restart with liaison.admin.user and liaison.admin.password set)."));
    }

    private String databaseProductName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
