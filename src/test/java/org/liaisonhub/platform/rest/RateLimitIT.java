package org.liaisonhub.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.Api.Reply;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;
import org.liaisonhub.testing.ServerSystemProperties;

/**
 * Per-address rate limits over HTTP. The test server runs with limits far above what tests need
 * (arquillian.xml); each test lowers one at run time through the management API, as an administrator would, and
 * puts it back afterwards. A new limit starts a new count, so each test uses limits no other test here uses, and
 * earlier calls from this address do not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    private static final String[] PROPERTIES = {
        "liaison.rate-limit.export", "liaison.rate-limit.search-csv", "liaison.rate-limit.intake"
    };

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api anonymous;
    Api editor;
    String[] configured = new String[PROPERTIES.length];

    @BeforeEach
    void setUp() {
        anonymous = new Api(base);
        editor = anonymous.as(DemoAccounts.EDITOR);
        for (int i = 0; i < PROPERTIES.length; i++) {
            configured[i] = ServerSystemProperties.get(PROPERTIES[i]);
        }
    }

    @AfterEach
    void restoreLimits() {
        for (int i = 0; i < PROPERTIES.length; i++) {
            ServerSystemProperties.set(PROPERTIES[i], configured[i]);
        }
    }

    private static void assertTooManyRequests(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
        assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().getString("error")).isEqualTo("too-many-requests");
        assertThat(reply.json().getString("message")).contains("3/hour").contains("Try again in");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anonymousExportBeyondTheLimit_isAnswered429WithRetryAfter() {
        ServerSystemProperties.set("liaison.rate-limit.export", "3/hour");

        for (int i = 1; i <= 3; i++) {
            assertThat(anonymous.get("api/export").status()).as("export " + i).isEqualTo(200);
        }
        assertTooManyRequests(anonymous.get("api/export"));
        assertThat(editor.get("api/export").status())
                .as("the limit is per address, whoever asks")
                .isEqualTo(429);
    }

    @Test
    void searchCsvBeyondTheLimit_isAnswered429WithRetryAfter() {
        ServerSystemProperties.set("liaison.rate-limit.search-csv", "3/hour");

        for (int i = 1; i <= 3; i++) {
            assertThat(editor.get("api/search.csv?q=cybercrime").status())
                    .as("csv " + i)
                    .isEqualTo(200);
        }
        assertTooManyRequests(editor.get("api/search.csv?q=cybercrime"));
    }

    @Test
    void intakeBeyondTheLimit_isAnswered429BeforeTheDocumentIsRead() {
        ServerSystemProperties.set("liaison.rate-limit.intake", "3/hour");
        byte[] answer = "**1. Do you use ICT?**\n\nYes.\n".getBytes(StandardCharsets.UTF_8);

        for (int i = 1; i <= 3; i++) {
            assertThat(editor.postBytes("api/intake?filename=a.txt", "text/plain", answer)
                            .status())
                    .as("intake " + i)
                    .isEqualTo(200);
        }
        assertTooManyRequests(editor.postBytes("api/intake?filename=a.txt", "text/plain", answer));
    }

    @Test
    void searchAndSuggest_areNotThrottled_evenWhenEverythingElseIs() {
        for (String property : PROPERTIES) {
            ServerSystemProperties.set(property, "1/hour");
        }
        anonymous.get("api/export");
        assertThat(anonymous.get("api/export").status()).isEqualTo(429);

        for (int i = 1; i <= 10; i++) {
            assertThat(anonymous.search("cybercrime").status())
                    .as("search " + i)
                    .isEqualTo(200);
            assertThat(anonymous.get("api/suggest?q=cyb").status())
                    .as("suggest " + i)
                    .isEqualTo(200);
        }
    }

    @Test
    void exportLimitOfAnotherAction_leavesTheCsvAlone() {
        ServerSystemProperties.set("liaison.rate-limit.export", "2/hour");
        ServerSystemProperties.set("liaison.rate-limit.search-csv", "5/hour");
        anonymous.get("api/export");
        anonymous.get("api/export");
        assertThat(anonymous.get("api/export").status()).isEqualTo(429);

        assertThat(editor.get("api/search.csv?q=cybercrime").status()).isEqualTo(200);
    }
}
