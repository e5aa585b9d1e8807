package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.editorial.application.DemoDataLoader;
import org.liaisonhub.testing.ExchangeJson;

/** The JSON Schema in the repository, the reader and the writer describe one and the same format. */
class ExchangeSchemaTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema() throws IOException {
        try (InputStream in = ExchangeSchemaTest.class.getResourceAsStream("/schema/liaison-exchange.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    @Test
    void demoData_isValidAgainstTheSchemaAndTheReader() throws IOException {
        String demo = DemoDataLoader.demoDocument();

        Set<ValidationMessage> messages = schema().validate(JSON.readTree(demo));

        assertThat(messages).isEmpty();
        ExchangeDocument document = ExchangeReader.read(demo);
        assertThat(document.authorities()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(document.contacts()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(document.resources()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(document.authorities().stream()
                        .map(a -> a.content().country())
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void writtenDocument_isValidAgainstTheSchema() throws IOException {
        ExchangeDocument document = ExchangeReader.read(DemoDataLoader.demoDocument());

        JsonNode written = JSON.readTree(ExchangeWriter.write(document).toString());

        assertThat(schema().validate(written)).isEmpty();
    }

    @Test
    void schema_refusesWhatTheReaderRefuses() throws IOException {
        JsonNode bad = JSON.readTree(ExchangeJson.document()
                .authority(
                        "Bad Key", a -> a.name("A").country("se").kind("NINJA").set("extra", 1))
                .toJson());

        assertThat(schema().validate(bad))
                .extracting(ValidationMessage::getMessage)
                .hasSizeGreaterThanOrEqualTo(4);
    }
}
