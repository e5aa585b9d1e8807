package org.liaisonhub.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

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

/** POST /api/admin/reindex is for admins; nobody can sign in yet, so every call is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndexAdminApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAnonymousReindex_isRefused() {
        Api.Reply reply = new Api(base).post("api/admin/reindex", "application/json", "");

        assertThat(reply.status()).as(reply.toString()).isIn(401, 403);
        assertThat(reply.json().getString("error")).isIn("unauthorized", "forbidden");
    }
}
