package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.domain.Edition;
import org.liaisonhub.editorial.edition.EditionScope;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.editorial.exchange.ExchangeWriter;

/** An edition's JSON file is an exchange document: the schema accepts it and the reader imports it as it is. */
class EditionJsonTest {

    @Test
    void theEditionsJson_carriesItsHeader_isValidAgainstTheSchema_andReadsBackLosslessly() throws Exception {
        ExchangeDocument content =
                new EditionScope(Edition.Scope.COUNTRY, "SE").apply(ExchangeReader.read(DemoDataLoader.demoDocument()));
        Instant generated = Instant.parse("2026-12-05T17:00:00Z");
        Edition edition = new Edition(
                Edition.Scope.COUNTRY,
                "SE",
                Visibility.MEMBERS,
                "editor",
                generated,
                generated.plusSeconds(86_400 * 30),
                content.size(),
                "ab".repeat(32));

        String json = new String(
                EditionService.json(content, edition, new EditionScope(Edition.Scope.COUNTRY, "SE")),
                StandardCharsets.UTF_8);

        JsonObject header =
                Json.createReader(new StringReader(json)).readObject().getJsonObject("edition");
        assertThat(header.getString("audience")).isEqualTo("MEMBERS");
        assertThat(header.getString("scope")).isEqualTo("country SE");
        assertThat(header.getString("generatedAt")).isEqualTo("2026-12-05T17:00:00Z");
        assertThat(header.getString("expiresAt")).isEqualTo("2027-01-04T17:00:00Z");
        try (InputStream schema = getClass().getResourceAsStream("/schema/liaison-exchange.schema.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                            .getSchema(schema)
                            .validate(new ObjectMapper().readTree(json)))
                    .isEmpty();
        }
        assertThat(ExchangeReader.read(json))
                .as("the same entries as the plain export of that content")
                .isEqualTo(ExchangeReader.read(ExchangeWriter.write(content).toString()));
    }
}
