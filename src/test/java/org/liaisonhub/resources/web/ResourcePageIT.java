package org.liaisonhub.resources.web;

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

/**
 * A network's page on the demo data: what it is, and the authorities in Liaison that are members of it (listed by the
 * directory, which knows memberships), or a sentence saying there are none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourcePageIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNetworkPage_listsTheAuthoritiesThatNameIt() {
        Api.Reply page = new Api(base).get("resources/resource.xhtml?key=carin");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body())
                .contains("Camden Asset Recovery Inter-Agency Network", "id=\"members\"")
                .contains("key=ch-ofj", "key=se-polisen")
                .doesNotContain("No authority in Liaison lists this network yet.");
    }

    @Test
    void aToolNoAuthorityNames_saysSo() {
        Api.Reply page = new Api(base).get("resources/resource.xhtml?key=globe-threema");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body())
                .contains("No authority in Liaison lists this network yet.")
                .doesNotContain("key=ch-ofj");
    }
}
