package org.liaisonhub.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The database schema belongs to versioned migrations (Flyway), never to Hibernate: {@code db/migration/common}
 * holds the scripts both databases share, {@code db/migration/h2} and {@code db/migration/postgresql} the ones
 * that differ, under the same version numbers. {@link SchemaMigrationIntegrator} runs {@link #migrate} when the
 * persistence unit starts, before Hibernate validates the mapping against the schema (docs/adr/0002).
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    /** The databases Liaison runs on, by the name of their migration folder. */
    public enum Vendor {
        H2("h2"),
        POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }

        /** From JDBC's {@code DatabaseMetaData.getDatabaseProductName()}: "H2", "PostgreSQL". */
        public static Vendor ofProductName(String productName) {
            String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
            for (Vendor vendor : values()) {
                if (name.equals(vendor.folder)) {
                    return vendor;
                }
            }
            throw new IllegalStateException("Liaison runs on H2 or PostgreSQL, not on " + productName);
        }

        public static Vendor of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                return ofProductName(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
            }
        }
    }

    private SchemaMigrations() {}

    /** Flyway set up for Liaison's migrations on this data source; tests use it to stop at an older version. */
    public static FluentConfiguration configure(DataSource dataSource) {
        Vendor vendor = Vendor.of(dataSource);
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.folder())
                // Dropping everything is never something the application does.
                .cleanDisabled(true);
    }

    /** Applies every pending migration, or fails with the reason; a failed migration stops the deployment. */
    public static MigrateResult migrate(DataSource dataSource) {
        try {
            Flyway flyway = configure(dataSource).load();
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Database " + result.database + " (" + result.databaseType + ") at schema version "
                    + flyway.info().current().getVersion() + "; " + result.migrationsExecuted
                    + " migration(s) applied now by Flyway " + result.flywayVersion + ".");
            return result;
        } catch (FlywayException e) {
            throw new IllegalStateException(
                    "The database schema could not be migrated: " + e.getMessage()
                            + " A database made before Liaison had schema migrations cannot be upgraded in place: export"
                            + " it with the old build (GET /api/export) and import it into an empty database.",
                    e);
        }
    }
}
