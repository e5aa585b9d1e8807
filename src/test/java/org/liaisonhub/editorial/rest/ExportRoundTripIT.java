package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.FreshInstance;
import org.liaisonhub.testing.LiaisonDeployments;

/** Export from the demo instance, import into an empty instance: the second export is identical. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportRoundTripIT {

    @Deployment(name = "demo", testable = false)
    @TargetsContainer("liaison")
    static WebArchive demo() {
        return LiaisonDeployments.application();
    }

    @Deployment(name = FreshInstance.DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(FreshInstance.CONTAINER)
    static WebArchive fresh() {
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
    void exportImportedIntoAnEmptyInstance_reproducesIdenticalContent(
            @ArquillianResource @OperateOnDeployment("demo") URL demoUrl) {
        // As an editor: everything, members-only and restricted entries included (a backup).
        Api demo = new Api(demoUrl).as(DemoAccounts.EDITOR);
        String exported = demo.get("api/export").body();
        JsonObject original = demo.get("api/export").json();
        Api fresh = FreshInstance.startEmpty(containers, deployer);
        assertThat(fresh.get("api/export").json().getJsonArray("authorities"))
                .as("starts empty")
                .isEmpty();

        Api.Reply imported = fresh.postJson("api/import", exported);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("created")).isGreaterThan(150);
        JsonObject copy = fresh.get("api/export").json();
        assertThat(copy).isEqualTo(original);
        assertThat(original.getInt("version")).isEqualTo(2);
        assertThat(original.getJsonArray("procedures"))
                .as("procedure sheets travel too, members-only ones included")
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(fresh.search("Threema").json().getInt("total"))
                .isEqualTo(demo.search("Threema").json().getInt("total"));
    }
}
