package org.liaisonhub.directory.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
        JsonObject answer =
                api.get("api/finder?country=SE&need=EIO&language=en").json();

        JsonObject first = answer.getJsonArray("routes").getJsonObject(0);
        assertThat(first.getString("kind")).isEqualTo("FORMAL");
        assertThat(first.getJsonObject("authority").getString("key")).isEqualTo("se-aklagarmyndigheten");
        assertThat(first.getString("explanation")).startsWith("formal:");
        JsonObject contact = first.getJsonArray("contacts").getJsonObject(0);
        assertThat(contact.getJsonArray("languages").getValuesAs(JsonValue::toString))
                .contains("\"en\"");
        assertThat(first.getJsonArray("contacts").stream()
                        .map(JsonValue::asJsonObject)
                        .flatMap(c -> c.getJsonArray("secureChannels").stream())
                        .map(ch -> ch.asJsonObject().getString("type")))
                .contains("GLOBE_THREEMA");
        assertThat(answer.getJsonArray("routes").stream()
                        .map(r -> r.asJsonObject().getString("kind")))
                .contains("INFORMAL");
    }

    @Test
    void membersOnlyContacts_stayOutOfTheAnonymousAnswer() {
        String anonymous = api.get("api/finder?country=SE&need=EIO").body();
        String member = api.as(DemoAccounts.MEMBER)
                .get("api/finder?country=SE&need=EIO")
                .body();

        assertThat(anonymous).doesNotContain("se-rmk-globe-focal-point");
        assertThat(member).contains("se-rmk-globe-focal-point");
    }

    @Test
    void badParameters_answer400WithTheAllowedValues() {
        for (String query : List.of(
                "country=XX&need=EIO",
                "need=EIO",
                "country=SE&need=BRIBES",
                "country=SE",
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
                        .map(n -> n.asJsonObject().getString("key")))
                .contains("arinsa", "globe-network");
    }

    @Test
    void vcard_isServedForVisibleContactsOnly() {
        Api.Reply card = api.get("api/contacts/se-rmk-eio-mla/vcard");

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.contentType()).startsWith("text/vcard");
        assertThat(card.body()).contains("BEGIN:VCARD", "VERSION:4.0", "ORG:Swedish Prosecution Authority");
        assertThat(api.get("api/contacts/se-rmk-globe-focal-point/vcard").status())
                .isEqualTo(404);
        assertThat(api.get("api/contacts/se-rmk-eio-mla/qr").contentType()).isEqualTo("image/png");
    }

    // --- Urgent requests (issue 17). The clock is pinned with at=: Tuesday 16 June 2026, 10:00 and 22:00 in
    // Stockholm and Paris (summer time, UTC+2). Sweden has a 24/7 duty prosecutor for EIOs; France has none.
    static final String MORNING = "2026-06-16T08:00:00Z";
    static final String EVENING = "2026-06-16T20:00:00Z";

    private static List<JsonObject> contacts(JsonObject answer) {
        return answer.getJsonArray("routes").stream()
                .flatMap(r -> r.asJsonObject().getJsonArray("contacts").stream())
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static JsonObject contact(JsonObject answer, String key) {
        return contacts(answer).stream()
                .filter(c -> c.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void urgent_sweden_puts247First_andSaysWhoIsOpen_inTheMorning() {
        JsonObject answer = api.get("api/finder?country=SE&need=EIO&urgent=true&at=" + MORNING)
                .json();

        assertThat(answer.getBoolean("urgent")).isTrue();
        assertThat(answer.getString("at")).isEqualTo(MORNING);
        assertThat(answer.getBoolean("aroundTheClock")).isTrue();
        assertThat(answer.get("urgentMessage")).as("null members are left out").isNull();
        JsonObject first = contacts(answer).get(0);
        assertThat(first.getString("key")).isEqualTo("se-duty-prosecutor-eio");
        assertThat(first.getJsonObject("availability").getString("text")).isEqualTo("24/7");
        JsonObject desk = contact(answer, "se-rmk-eio-mla").getJsonObject("availability");
        assertThat(desk.getString("status")).isEqualTo("OPEN");
        assertThat(desk.getString("text")).isEqualTo("open now");
        assertThat(desk.getString("localTime")).isEqualTo("10:00");
        assertThat(desk.getString("timeZone"))
                .as("Sweden's only zone, from the tz database")
                .isEqualTo("Europe/Stockholm");
        assertThat(contacts(answer).subList(0, 3))
                .extracting(c -> c.getJsonObject("availability").getString("status"))
                .as("24/7 and open contacts before closed ones")
                .doesNotContain("CLOSED");
    }

    @Test
    void urgent_sweden_inTheEvening_the247DutyProsecutorFirst_theDeskOpensIn10Hours() {
        JsonObject answer = api.get("api/finder?country=SE&need=EIO&urgent=true&at=" + EVENING)
                .json();

        assertThat(contacts(answer).get(0).getString("key")).isEqualTo("se-duty-prosecutor-eio");
        JsonObject desk = contact(answer, "se-rmk-eio-mla").getJsonObject("availability");
        assertThat(desk.getString("status")).isEqualTo("CLOSED");
        assertThat(desk.getString("localTime")).isEqualTo("22:00");
        assertThat(desk.getString("text")).isEqualTo("opens in 10 h");
        assertThat(desk.getJsonNumber("opensInMinutes").longValue()).isEqualTo(600);
        List<String> order = List.of("AROUND_THE_CLOCK", "OPEN", "CLOSED", "UNKNOWN");
        List<List<Integer>> ranks = answer.getJsonArray("routes").stream()
                .map(r -> r.asJsonObject().getJsonArray("contacts").stream()
                        .map(c -> order.indexOf(
                                c.asJsonObject().getJsonObject("availability").getString("status")))
                        .toList())
                .toList();
        assertThat(ranks).as("inside each route: 24/7, open, closed, unknown").allSatisfy(route -> assertThat(route)
                .isSorted());
        assertThat(ranks.stream()
                        .filter(route -> !route.isEmpty())
                        .map(route -> route.get(0))
                        .toList())
                .as("routes by their most available contact")
                .isSorted();
    }

    @Test
    void urgent_france_hasNo247Route_saysSoPlainly_andNamesTheNetworksThatAnswer() {
        JsonObject morning = api.get("api/finder?country=FR&need=EIO&urgent=true&at=" + MORNING)
                .json();
        JsonObject evening = api.get("api/finder?country=FR&need=EIO&urgent=true&at=" + EVENING)
                .json();

        for (JsonObject answer : List.of(morning, evening)) {
            assertThat(answer.getBoolean("aroundTheClock")).isFalse();
            assertThat(answer.getString("urgentMessage")).contains("no 24/7 contact point for EIO in FR");
            assertThat(answer.getJsonArray("urgentAlternatives").stream()
                            .map(r -> r.asJsonObject().getString("key")))
                    .containsExactly("interpol", "globe-network");
        }
        assertThat(contacts(morning).get(0).getString("key")).isEqualTo("fr-pnf-entraide");
        assertThat(contact(morning, "fr-pnf-entraide")
                        .getJsonObject("availability")
                        .getString("text"))
                .isEqualTo("open now");
        assertThat(contact(evening, "fr-pnf-entraide")
                        .getJsonObject("availability")
                        .getString("text"))
                .as("22:00 in Paris, opens at 09:00")
                .isEqualTo("opens in 11 h");
    }

    @Test
    void withoutUrgent_theOrderIsTheFindersAndNoUrgentMessage_butLocalTimesAreThere() {
        JsonObject plain =
                api.get("api/finder?country=FR&need=EIO&at=" + EVENING).json();

        assertThat(plain.getBoolean("urgent")).isFalse();
        assertThat(plain.get("urgentMessage")).isNull();
        assertThat(plain.getJsonArray("urgentAlternatives")).isEmpty();
        assertThat(contact(plain, "fr-pnf-entraide")
                        .getJsonObject("availability")
                        .getString("localTime"))
                .isEqualTo("22:00");
    }

    @Test
    void urgentParameters_badValuesAnswer400WithAMessage() {
        for (String query : List.of("urgent=maybe", "at=tomorrow", "at=2026-06-16T10:00")) {
            Api.Reply reply = api.get("api/finder?country=SE&need=EIO&" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().getString("message")).as(query).containsAnyOf("'urgent'", "'at'");
        }
    }

    @Test
    void availabilityFacet_filtersOn247_andNeverCountsWhatTheViewerMayNotSee() {
        JsonObject anonymous = api.get("api/search?availability=24-7&size=100").json();
        JsonObject editor = api.as(DemoAccounts.EDITOR)
                .get("api/search?availability=24-7&size=100")
                .json();

        List<String> keys = anonymous.getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getString("key"))
                .toList();
        assertThat(keys)
                .contains("se-duty-prosecutor-eio", "se-police-ncb-stockholm")
                .doesNotContain("de-bka-ncb", "se-rmk-eio-mla");
        assertThat(anonymous
                        .getJsonObject("facets")
                        .getJsonObject("availability")
                        .getInt("24-7"))
                .isEqualTo(anonymous.getInt("total"));
        assertThat(editor.getJsonArray("hits").stream()
                        .map(h -> h.asJsonObject().getString("key")))
                .contains("de-bka-ncb");
        assertThat(editor.getJsonObject("facets").getJsonObject("availability").getInt("24-7"))
                .isGreaterThan(anonymous.getInt("total"));
        assertThat(api.get("api/search?availability=sometimes").status()).isEqualTo(400);
    }

    @Test
    void contactAndAuthorityDetails_sayWhenTheyAnswer_andTheExportKeepsIt() {
        JsonObject duty = api.get("api/contacts/se-duty-prosecutor-eio").json();
        JsonObject authority = api.get("api/authorities/se-aklagarmyndigheten").json();

        assertThat(duty.getJsonObject("availability").getBoolean("aroundTheClock"))
                .isTrue();
        assertThat(authority.getJsonObject("availability").getString("officeHours"))
                .isEqualTo("Mon-Fri 08:00-16:30");
        assertThat(authority.getJsonObject("availability").getString("timeZone"))
                .isEqualTo("Europe/Stockholm");
        JsonObject exported = api.as(DemoAccounts.EDITOR).get("api/export").json().getJsonArray("contacts").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("key").equals("se-duty-prosecutor-eio"))
                .findFirst()
                .orElseThrow();
        assertThat(exported.getJsonObject("availability").getBoolean("aroundTheClock"))
                .isTrue();
    }
}
