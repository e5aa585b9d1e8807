package org.liaisonhub.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.LiaisonDeployments;

/**
 * GET /api/health on a single node: public, UP, no outbox lag, nothing but the four fields, and its server time in
 * a Server-Timing header.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAnonymousCaller_learnsThatDatabaseAndSearchAnswer() {
        Api.Reply reply = new Api(base).get("api/health");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).contains("no-store");
        JsonObject health = reply.json();
        assertThat(health.keySet()).containsExactlyInAnyOrder("status", "database", "search", "outboxLag");
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getBoolean("database")).isTrue();
        assertThat(health.getBoolean("search")).isTrue();
        assertThat(health.getJsonNumber("outboxLag").longValue())
                .as("a single node indexes on commit")
                .isZero();
        // What the probe costs on the server, for monitoring and the benchmark (docs/benchmarks.md, demo data).
        assertThat(reply.header("Server-Timing"))
                .as("Server-Timing header")
                .matches("(\\w+;dur=\\d+\\.\\d\\d, )*total;dur=\\d+\\.\\d\\d");
    }
}
