package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Data survives a stop and start of the server, and is still searchable. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

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
    void importedData_isStillThereAndSearchableAfterARestart() {
        Api api = FreshInstance.startEmpty(containers, deployer);
        String word = "restart" + System.nanoTime();
        assertThat(api.postJson(
                                "api/import",
                                ExchangeJson.document()
                                        .authority(word, a -> a.name("Authority " + word)
                                                .country("PT")
                                                .kind("PROSECUTION"))
                                        .resource(word + "-r", r -> r.name("Resource " + word)
                                                .kind("DATABASE"))
                                        .toJson())
                        .status())
                .isEqualTo(200);

        containers.stop(FreshInstance.CONTAINER);
        containers.start(FreshInstance.CONTAINER);

        assertThat(api.search(word).json().getInt("total")).isEqualTo(2);
        assertThat(api.get("api/authorities/" + word).json().getString("name")).isEqualTo("Authority " + word);
    }
}
