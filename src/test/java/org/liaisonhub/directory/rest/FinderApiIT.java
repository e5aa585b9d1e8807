package org.liaisonhub.directory.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.testing.Api;
import org.liaisonhub.testing.DemoAccounts;
import org.liaisonhub.testing.LiaisonDeployments;

/** "Whom do I contact?" and contact cards over HTTP, on the demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinderApiIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return LiaisonDeployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @Test
    void swedenEio_putsTheSwedishProsecutionRouteFirstWithChannelsAndLanguages() {
        JsonObject answer = api.get("api/finder?country=SE&need=EIO&language=en").json();

        JsonObject first = answer.getJsonArray("routes").getJsonObject(0);
        assertThat(first.getString("kind")).isEqualTo("FORMAL");
        assertThat(first.getJsonObject("authority").getString("key")).isEqualTo("se-aklagarmyndigheten");
        assertThat(first.getString("explanation")).startsWith("formal:");
        JsonObject contact = first.getJsonArray("contacts").getJsonObject(0);
        assertThat(contact.getJsonArray("languages").getValuesAs(JsonValue::toString)).contains("\"en\"");
        assertThat(first.getJsonArray("contacts").stream().map(JsonValue::asJsonObject)
                .flatMap(c -> c.getJsonArray("secureChannels").stream())
                .map(ch -> ch.asJsonObject().getString("type"))).contains("GLOBE_THREEMA");
        assertThat(answer.getJsonArray("routes").stream().map(r -> r.asJsonObject().getString("kind")))
                .contains("INFORMAL");
    }

    @Test
    void membersOnlyContacts_stayOutOfTheAnonymousAnswer() {
        String anonymous = api.get("api/finder?country=SE&need=EIO").body();
        String member = api.as(DemoAccounts.MEMBER).get("api/finder?country=SE&need=EIO").body();

        assertThat(anonymous).doesNotContain("se-rmk-globe-focal-point");
        assertThat(member).contains("se-rmk-globe-focal-point");
    }

    @Test
    void badParameters_answer400WithTheAllowedValues() {
        for (String query : List.of("country=XX&need=EIO", "need=EIO", "country=SE&need=BRIBES", "country=SE",
                "country=SE&need=EIO&language=swedish")) {
            Api.Reply reply = api.get("api/finder?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().getString("message")).as(query).isNotBlank();
        }
        assertThat(api.get("api/finder?country=SE&need=BRIBES").json().getString("message"))
                .contains("MLA", "EIO", "EXTRADITION", "ASSET_RECOVERY", "INTELLIGENCE_EXCHANGE", "JIT");
    }

    @Test
    void nothingFound_isAnHonestEmptyAnswerPointingToTheRegionsNetworks() {
        JsonObject answer = api.get("api/finder?country=ZM&need=EXTRADITION").json();

        assertThat(answer.getJsonArray("routes")).isEmpty();
        assertThat(answer.getString("message")).contains("no contact point");
        assertThat(answer.getJsonArray("networksCoveringRegion").stream()
                .map(n -> n.asJsonObject().getString("key"))).contains("arinsa", "globe-network");
    }

    @Test
    void vcard_isServedForVisibleContactsOnly() {
        Api.Reply card = api.get("api/contacts/se-rmk-eio-mla/vcard");

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.contentType()).startsWith("text/vcard");
        assertThat(card.body()).contains("BEGIN:VCARD", "VERSION:4.0", "ORG:Swedish Prosecution Authority");
        assertThat(api.get("api/contacts/se-rmk-globe-focal-point/vcard").status()).isEqualTo(404);
        assertThat(api.get("api/contacts/se-rmk-eio-mla/qr").contentType()).isEqualTo("image/png");
    }
}
