package org.liaisonhub.editorial.application;

import java.io.Serializable;
import java.time.Instant;
import org.liaisonhub.editorial.domain.OutdatedReport;

/**
 * A "report outdated" as the editors' queue and {@code GET /api/reports} show it. The entry is named by type code
 * and key; the web and REST layers turn them into the address of its page.
 */
public record ReportSummary(
        long id,
        String entryType,
        String entryKey,
        String entryTitle,
        String country,
        String comment,
        String reportedBy,
        Instant reportedAt,
        String handledBy,
        Instant handledAt)
        implements Serializable {

    static ReportSummary of(OutdatedReport r) {
        return new ReportSummary(
                r.getId(),
                r.getEntryType().code(),
                r.getEntryKey(),
                r.getEntryTitle(),
                r.getCountry(),
                r.getComment(),
                r.getReportedBy(),
                r.getReportedAt(),
                r.getHandledBy(),
                r.getHandledAt());
    }

    public boolean handled() {
        return handledAt != null;
    }
}
