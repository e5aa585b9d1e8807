package org.liaisonhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.ExchangeReader;

class ExchangeJsonTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void toJson_writesExactlyTheMembersSet_inTheirSections() {
        String json = ExchangeJson.document()
                .authority("se-npa", a -> a.name("Åklagarmyndigheten")
                        .country("SE")
                        .kind("PROSECUTION")
                        .competences("EIO", "MLA"))
                .contact("se-npa-eio", c -> c.authority("se-npa").role("Desk").channel("GLOBE_THREEMA", "ABCD1234"))
                .practice("p1", p -> p.title("T")
                        .country("SE")
                        .source(s -> s.type("CURATED").year(2023))
                        .answer("2", "EJN")
                        .answer("1", a -> a.choice("YES").options("Email")))
                .toJson();

        assertThat(parse(json)).isEqualTo(parse("""
                {"authorities": [{"key": "se-npa", "name": "Åklagarmyndigheten", "country": "SE",
                   "kind": "PROSECUTION", "competences": ["EIO", "MLA"]}],
                 "contacts": [{"key": "se-npa-eio", "authority": "se-npa", "role": "Desk",
                   "channels": [{"type": "GLOBE_THREEMA", "address": "ABCD1234"}]}],
                 "practices": [{"key": "p1", "title": "T", "country": "SE",
                   "source": {"type": "CURATED", "year": 2023},
                   "answers": [{"question": "2", "answer": "EJN"},
                               {"question": "1", "choice": "YES", "options": ["Email"]}]}]}"""));
    }

    @Test
    void theSameKeyAgain_amendsTheRecord_whileKeylessResourcesAreAlwaysAdded() {
        ExchangeJson document = ExchangeJson.document()
                .resource("tool", r -> r.name("Tool").kind("TOOL").access("OPEN"))
                .resource("tool", r -> r.name("Renamed").without("access"))
                .resource(r -> r.key("tool").name("Twin").kind("TOOL"));

        assertThat(parse(document.toJson()).getJsonArray("resources"))
                .containsExactly(
                        parse("{\"key\": \"tool\", \"name\": \"Renamed\", \"kind\": \"TOOL\"}"),
                        parse("{\"key\": \"tool\", \"name\": \"Twin\", \"kind\": \"TOOL\"}"));
    }

    @Test
    void set_writesNullsNumbersAndUnknownMembers() {
        JsonObject json = parse(ExchangeJson.document()
                .version(1)
                .set("extra", 1)
                .resource("tool", r -> r.name("Tool").kind("TOOL").description(null))
                .toJson());

        assertThat(json.getInt("version")).isEqualTo(1);
        assertThat(json.getInt("extra")).isEqualTo(1);
        assertThat(json.getJsonArray("resources").getJsonObject(0).isNull("description"))
                .isTrue();
    }

    @Test
    void aDocumentOfTheBuilder_isReadByTheImportsReader() {
        ExchangeDocument read = ExchangeReader.read(ExchangeJson.document()
                .authority("ke-eacc", a -> a.name("Agency").country("KE").kind("ANTI_CORRUPTION_AGENCY"))
                .contact(
                        "ke-eacc-desk", c -> c.authority("ke-eacc").role("Desk").phone("+254 20 271 7318"))
                .toJson());

        assertThat(read.authorities()).singleElement().satisfies(a -> assertThat(a.key())
                .isEqualTo("ke-eacc"));
        assertThat(read.contacts())
                .singleElement()
                .satisfies(c -> assertThat(c.content().phone()).isEqualTo("+254202717318"));
    }
}
