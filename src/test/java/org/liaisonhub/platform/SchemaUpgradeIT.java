package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.ExchangeJson;
import org.liaisonhub.testing.FreshInstance;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * Starting this build on a database made by the first migration set (V1) migrates it in place: the schema reaches
 * the newest version, every entry is still there with the same content and is found by search (start-up
 * re-indexes, the index being empty), and new writes work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemaUpgradeIT {

    @Deployment(name = FreshInstance.DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(FreshInstance.CONTAINER)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    ContainerController containers;

    @ArquillianResource
    Deployer deployer;

    @AfterEach
    void stop() {
        FreshInstance.stop(containers, deployer);
    }

    @Test
    void aDatabaseOfTheFirstMigrationSet_isMigratedInPlace_withItsContentIntact() throws Exception {
        FreshInstance.prepareEmpty();
        DataSource database = FreshInstance.database();
        SchemaMigrations.configure(database).target("1").load().migrate();
        run(database, resource("/upgrade/v1-content.sql"));
        assertThat(versions(database)).containsExactly("1");

        Api api = FreshInstance.start(containers, deployer);

        Api.Reply again = api.postJson("api/import", resource("/upgrade/v1-content.json"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        JsonObject result = again.json();
        assertThat(result.getInt("unchanged"))
                .as("same content as before the upgrade: " + result)
                .isEqualTo(4);
        assertThat(result.getInt("created") + result.getInt("updated")).isZero();
        for (String word : List.of("vonewordalpha", "vonewordbeta", "vonewordgamma", "voneworddelta")) {
            assertThat(api.search(word).json().getInt("total"))
                    .as("found by " + word)
                    .isPositive();
        }
        assertThat(api.get("api/contacts/v1-contact").json().getString("personName"))
                .isEqualTo("Inês Guimarães");
        Api.Reply created = api.postJson(
                "api/import",
                ExchangeJson.document()
                        .authority(
                                "v2-authority",
                                a -> a.name("Agency vtwoword").country("PT").kind("FIU"))
                        .contact("v2-contact", c -> c.authority("v1-authority").role("Second desk"))
                        .toJson());
        assertThat(created.json().getInt("created")).as(created.toString()).isEqualTo(2);
        assertThat(api.search("vtwoword").json().getInt("total")).isEqualTo(1);

        FreshInstance.stop(containers, deployer);
        assertThat(versions(database))
                .as("migrated in place to the newest version")
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
        assertThat(createdAt(database, "v1-authority"))
                .as("rows kept, not rewritten")
                .isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaUpgradeIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs a script of statements that each end with ';' at the end of a line; '--' lines are comments. */
    private static void run(DataSource database, String script) throws SQLException {
        StringBuilder uncommented = new StringBuilder();
        script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .forEach(l -> uncommented.append(l).append('\n'));
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : uncommented.toString().split(";\\s*\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static List<String> versions(DataSource database) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select \"version\" from \"flyway_schema_history\""
                        + " where \"success\" = true and \"version\" is not null order by \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private static Instant createdAt(DataSource database, String key) throws SQLException {
        try (Connection connection = database.getConnection();
                var query = connection.prepareStatement("select createdAt from authority where entry_key = ?")) {
            query.setString(1, key);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }
}
