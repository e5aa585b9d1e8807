package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;
import org.liaisonhub.editorial.rest.ReportsResource.NewReport;
import org.liaisonhub.platform.rest.SharedJsonb;

/** The body of {@code POST /api/reports} as the API's JSON-B reads it. */
class NewReportTest {

    private final Jsonb jsonb = new SharedJsonb().getContext(NewReport.class);

    @Test
    void aReport_isReadWithItsThreeFields() {
        assertThat(jsonb.fromJson(
                        "{\"type\": \"contact\", \"key\": \"se-rmk-eio-mla\", \"comment\": \"Moved.\"}",
                        NewReport.class))
                .isEqualTo(new NewReport("contact", "se-rmk-eio-mla", "Moved."));
    }

    @Test
    void aFieldMissingOrNotAString_isAbsent_forTheServiceToRefuseWithItsReason() {
        assertThat(jsonb.fromJson("{\"type\": \"contact\", \"key\": 42}", NewReport.class))
                .isEqualTo(new NewReport("contact", null, null));
    }
}
