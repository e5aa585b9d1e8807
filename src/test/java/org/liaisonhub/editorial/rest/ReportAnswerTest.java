package org.liaisonhub.editorial.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.liaisonhub.editorial.application.ReportSummary;

class ReportAnswerTest {

    @Test
    void aReport_carriesTheAddressOfTheReportedEntrysPage_andEveryFieldOfTheSummary() {
        Instant reported = Instant.parse("2026-12-01T10:00:00Z");
        ReportSummary summary = new ReportSummary(
                7, "resource", "globe threema", "GlobE Threema", null, "new address", "member", reported, null, null);

        ReportAnswer answer = ReportAnswer.of(summary);

        assertThat(answer.path()).isEqualTo("/resources/resource.xhtml?key=globe+threema");
        assertThat(answer).usingRecursiveComparison().ignoringFields("path").isEqualTo(summary);
    }
}
