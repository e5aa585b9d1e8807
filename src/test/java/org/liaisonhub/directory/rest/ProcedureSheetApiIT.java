package org.liaisonhub.directory.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
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

/** Country procedure sheets over HTTP, and the finder's answer built from them, on the demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcedureSheetApiIT {

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

    private static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(JsonString::getString);
    }

    private static List<String> reasonCodes(JsonObject procedure) {
        return procedure.getJsonArray("reasons").stream()
                .map(r -> r.asJsonObject().getString("code"))
                .toList();
    }

    @Test
    void finder_swedenEio_answersCounterpartChannelLanguageAndRequirementsFromTheSheet() {
        JsonObject procedure =
                api.get("api/finder?country=SE&need=EIO&language=en").json().getJsonObject("procedure");

        assertThat(procedure.getString("sheetKey")).isEqualTo("se-eio");
        assertThat(procedure.getJsonObject("counterpart").getString("key")).isEqualTo("se-aklagarmyndigheten");
        assertThat(procedure.getJsonObject("channel").getString("type")).isEqualTo("EMAIL");
        assertThat(procedure.getJsonArray("otherChannels").getJsonObject(0).getString("detail"))
                .contains("e-EDES");
        assertThat(strings(procedure, "languages")).containsExactly("sv", "en", "da", "no");
        assertThat(procedure.getString("languageToUse")).isEqualTo("en");
        assertThat(procedure.getBoolean("requestedLanguageAccepted")).isTrue();
        assertThat(procedure.getBoolean("encryptionRequired")).isFalse();
        assertThat(procedure.getBoolean("eSignatureRequired")).isFalse();
        assertThat(procedure.getString("doubleCriminality")).isEqualTo("EXCEPT_LISTED_OFFENCES");
        assertThat(procedure.getInt("timeLimitDays")).isEqualTo(90);
        assertThat(reasonCodes(procedure))
                .containsExactly(
                        "counterpart", "firstChannel", "languageAccepted", "doubleCriminality.EXCEPT_LISTED_OFFENCES");
        assertThat(procedure.getJsonArray("reasons").getJsonObject(0).getString("text"))
                .isEqualTo(
                        "Counterpart: Swedish Prosecution Authority, named by SE's procedure sheet for EIO requests.");
    }

    @Test
    void finder_brazilAssetRecovery_asksForPortugueseAndAnESignature() {
        JsonObject procedure = api.get("api/finder?country=BR&need=ASSET_RECOVERY&language=en")
                .json()
                .getJsonObject("procedure");

        assertThat(procedure.getJsonObject("counterpart").getString("key")).isEqualTo("br-drci");
        assertThat(procedure.getJsonObject("channel").getString("type")).isEqualTo("EMAIL");
        assertThat(procedure.getString("languageToUse")).isEqualTo("pt");
        assertThat(procedure.getBoolean("requestedLanguageAccepted")).isFalse();
        assertThat(procedure.getString("languageNote")).contains("Portuguese");
        assertThat(procedure.getBoolean("eSignatureRequired")).isTrue();
        assertThat(procedure.getString("doubleCriminality")).isEqualTo("COERCIVE_MEASURES_ONLY");
        assertThat(procedure.getString("evidenceUseLimits")).contains("Speciality");
        assertThat(reasonCodes(procedure))
                .containsExactly(
                        "counterpart",
                        "firstChannel",
                        "translate",
                        "eSignature",
                        "doubleCriminality.COERCIVE_MEASURES_ONLY");
    }

    @Test
    void aMembersOnlySheet_isNeitherListedNorUsedForAnonymousCallers() {
        JsonObject anonymous =
                api.get("api/finder?country=SE&need=INTELLIGENCE_EXCHANGE").json();
        JsonObject member = api.as(DemoAccounts.MEMBER)
                .get("api/finder?country=SE&need=INTELLIGENCE_EXCHANGE")
                .json();

        assertThat(anonymous.get("procedure"))
                .satisfiesAnyOf(p -> assertThat(p).isNull(), p -> assertThat(p).isEqualTo(JsonValue.NULL));
        assertThat(member.getJsonObject("procedure").getJsonObject("channel").getString("type"))
                .isEqualTo("SIENA");
        assertThat(api.get("api/procedures/se-informal").status()).isEqualTo(404);
        assertThat(api.get("api/procedures?country=SE").body())
                .contains("se-eio")
                .doesNotContain("se-informal");
        assertThat(api.as(DemoAccounts.MEMBER).get("api/procedures/se-informal").status())
                .isEqualTo(200);
    }

    @Test
    void procedures_listByCountryAndRequest_andReadOne() {
        List<JsonObject> brazil =
                api.get("api/procedures?country=br").jsonArray().getValuesAs(JsonObject.class);
        JsonObject sheet = api.get("api/procedures/br-asset-recovery").json();

        assertThat(brazil).extracting(s -> s.getString("key")).containsExactly("br-asset-recovery", "br-mla");
        assertThat(api.get("api/procedures?country=SE&request=eio").jsonArray()).hasSize(1);
        assertThat(sheet.getJsonObject("authority").getString("name")).contains("DRCI");
        assertThat(sheet.getJsonArray("channels").getJsonObject(1).getString("detail"))
                .contains("Diplomatic");
    }

    @Test
    void anEditorsImportOfASheet_isInItsHistory_withTheFieldItChanged() {
        Api editor = api.as(DemoAccounts.EDITOR);
        String change = "{\"format\": \"liaison-exchange\", \"version\": 2, \"procedures\": [{\"key\": \"de-mla\","
                + " \"country\": \"DE\", \"request\": \"MLA\", \"authority\": \"de-bfj\","
                + " \"languageNote\": \"German, with a certified translation of the annexes.\"}]}";

        Api.Reply imported = editor.postJson("api/import", change);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("updated")).isEqualTo(1);
        List<JsonObject> history =
                editor.get("api/history/procedure/de-mla").jsonArray().getValuesAs(JsonObject.class);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getJsonArray("changes"))
                .singleElement()
                .satisfies(c -> assertThat(c.asJsonObject().getString("field")).isEqualTo("languageNote"));
        assertThat(history.get(1).getBoolean("created")).isTrue();
        assertThat(api.get("api/procedures/de-mla").json().getString("languageNote"))
                .contains("certified");
        assertThat(api.get("api/history/procedure/de-mla").status()).isIn(401, 403);
        assertThat(editor.get("api/history/procedure/nowhere").status()).isEqualTo(404);
    }

    @Test
    void badParameters_answer400_andAnUnknownSheet404() {
        for (String query : List.of("country=XX", "request=BRIBES")) {
            Api.Reply reply = api.get("api/procedures?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().getString("message")).as(query).isNotBlank();
        }
        assertThat(api.get("api/procedures/nowhere").status()).isEqualTo(404);
    }
}
