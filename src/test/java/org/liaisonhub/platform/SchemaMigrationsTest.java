package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.liaisonhub.platform.SchemaMigrations.Vendor;

/** The migrations build the schema the entities map to (checked by Hibernate's validator, as at start-up). */
class SchemaMigrationsTest {

    private static JdbcDataSource emptyH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    /** Every @Entity of the application, found in the compiled classes, so a new entity cannot be forgotten. */
    private static final Set<Class<?>> ENTITIES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.liaisonhub").stream()
                    .filter(c -> c.isAnnotatedWith(Entity.class))
                    .map(c -> c.reflect())
                    .collect(Collectors.toSet());

    /** Hibernate on this data source as the application boots it: migrations first (the integrator), then validation. */
    private static SessionFactory bootHibernate(DataSource dataSource) {
        var registry = new StandardServiceRegistryBuilder()
                .applySettings(Map.<String, Object>of(
                        "hibernate.connection.datasource", dataSource,
                        "hibernate.hbm2ddl.auto", "validate",
                        "hibernate.search.enabled", "false"))
                .build();
        MetadataSources sources = new MetadataSources(registry);
        ENTITIES.forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    @Test
    void bootingOnAnEmptyDatabase_migratesIt_andTheSchemaMatchesTheEntityMapping() {
        JdbcDataSource h2 = emptyH2();

        try (SessionFactory hibernate = bootHibernate(h2)) {
            assertThat(hibernate.isOpen()).isTrue();
        }

        assertThat(ENTITIES).hasSizeGreaterThanOrEqualTo(5);
        var info = SchemaMigrations.configure(h2).load().info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied())
                .extracting(m -> m.getVersion().getVersion())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
    }

    @Test
    void aSchemaThatDoesNotMatchTheMapping_failsValidation() throws SQLException {
        JdbcDataSource h2 = emptyH2();
        SchemaMigrations.configure(h2).target("1").load().migrate();
        // A column the mapping needs, gone: validation must notice (so the test above can fail).
        try (var connection = h2.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("alter table contact_point drop column lastVerified");
        }

        assertThatThrownBy(() -> bootHibernate(h2).close()).hasMessageContaining("missing column [lastVerified]");
    }

    @Test
    void everyDatabaseHasTheSameMigrationVersions() throws IOException, URISyntaxException {
        Map<Vendor, Set<String>> versions = new java.util.EnumMap<>(Vendor.class);
        for (Vendor vendor : Vendor.values()) {
            Path folder = Path.of(SchemaMigrationsTest.class
                    .getResource("/db/migration/" + vendor.folder())
                    .toURI());
            try (Stream<Path> files = Files.list(folder)) {
                versions.put(
                        vendor,
                        files.map(f -> f.getFileName().toString())
                                .map(name -> name.substring(0, name.indexOf("__")))
                                .collect(Collectors.toSet()));
            }
        }

        assertThat(versions.get(Vendor.H2)).isNotEmpty().isEqualTo(versions.get(Vendor.POSTGRESQL));
    }

    @Test
    void theVendorComesFromTheJdbcProductName() {
        assertThat(Vendor.ofProductName("PostgreSQL")).isEqualTo(Vendor.POSTGRESQL);
        assertThat(Vendor.ofProductName("H2")).isEqualTo(Vendor.H2);
        assertThatThrownBy(() -> Vendor.ofProductName("MySQL")).hasMessageContaining("MySQL");
    }
}
