package org.liaisonhub.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;

class OutdatedReportTest {

    private static OutdatedReport report() {
        return new OutdatedReport(
                EntryType.CONTACT,
                "se-rmk-eio-mla",
                "EIO desk",
                "SE",
                "Phone number changed",
                "member",
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void newReport_isOpen() {
        assertThat(report().isHandled()).isFalse();
    }

    @Test
    void markHandled_recordsWhoAndWhen_andASecondEditorDoesNotOverwriteIt() {
        OutdatedReport report = report();

        assertThat(report.markHandled("editor", Instant.parse("2026-11-02T09:00:00Z")))
                .isTrue();
        assertThat(report.markHandled("admin", Instant.parse("2026-11-03T09:00:00Z")))
                .isFalse();

        assertThat(report.isHandled()).isTrue();
        assertThat(report.getHandledBy()).isEqualTo("editor");
        assertThat(report.getHandledAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
    }
}
