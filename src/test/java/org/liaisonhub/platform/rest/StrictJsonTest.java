package org.liaisonhub.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict fields of request-body records, read by the API's own JSON-B instance. */
class StrictJsonTest {

    public record Body(
            @JsonbTypeDeserializer(StrictJson.Text.class) String name,
            @JsonbTypeDeserializer(StrictJson.Flag.class) Boolean enabled,

            @JsonbTypeDeserializer(StrictJson.TextList.class)
            List<String> names,

            @JsonbTypeDeserializer(StrictJson.Text.class) String after) {}

    private final Jsonb jsonb = new SharedJsonb().getContext(Body.class);

    private Body read(String json) {
        return jsonb.fromJson(json, Body.class);
    }

    @Test
    void valuesOfTheDocumentedType_areRead() {
        Body body =
                read("{\"name\": \"Anna\", \"enabled\": false, \"names\": [\"member\", \"editor\"], \"after\": \"x\"}");

        assertThat(body).isEqualTo(new Body("Anna", false, List.of("member", "editor"), "x"));
        assertThat(read("{\"enabled\": true}").enabled()).isTrue();
    }

    @Test
    void aStringIsNeverABoolean_norANumberAString() {
        assertThat(read("{\"enabled\": \"perhaps\"}").enabled()).as("not false").isNull();
        assertThat(read("{\"enabled\": \"false\"}").enabled()).isNull();
        assertThat(read("{\"enabled\": 0}").enabled()).isNull();
        assertThat(read("{\"name\": 5}").name()).isNull();
        assertThat(read("{\"name\": true}").name()).isNull();
        assertThat(read("{\"names\": \"member\"}").names()).isNull();
    }

    @Test
    void anObjectOrArrayOfTheWrongType_isSkippedWhole_andTheNextFieldStillRead() {
        Body body = read("{\"name\": {\"first\": \"Anna\", \"x\": [1, {\"y\": 2}]}, \"enabled\": [true], "
                + "\"names\": {\"a\": \"b\"}, \"after\": \"read\"}");

        assertThat(body).isEqualTo(new Body(null, null, null, "read"));
    }

    @Test
    void missingOrNullFields_areAbsent() {
        assertThat(read("{}")).isEqualTo(new Body(null, null, null, null));
        assertThat(read("{\"name\": null, \"enabled\": null, \"names\": null}"))
                .isEqualTo(new Body(null, null, null, null));
    }

    @Test
    void aListsOtherElements_areKeptAsTheirJsonText() {
        assertThat(read("{\"names\": [\"member\", 5, true, null]}").names())
                .containsExactly("member", "5", "true", "null");
    }
}
