package org.liaisonhub.editorial.rest;

import java.time.Instant;
import org.liaisonhub.editorial.application.ReportSummary;
import org.liaisonhub.platform.Pages;

/**
 * The JSON of a report in {@code /api/reports}: the {@link ReportSummary} and {@code path}, the address of the
 * reported entry's page (below the context path), which the application layer leaves to the web and REST layers.
 */
public record ReportAnswer(
        long id,
        String entryType,
        String entryKey,
        String entryTitle,
        String country,
        String comment,
        String reportedBy,
        Instant reportedAt,
        String handledBy,
        Instant handledAt,
        String path) {

    static ReportAnswer of(ReportSummary r) {
        return new ReportAnswer(
                r.id(),
                r.entryType(),
                r.entryKey(),
                r.entryTitle(),
                r.country(),
                r.comment(),
                r.reportedBy(),
                r.reportedAt(),
                r.handledBy(),
                r.handledAt(),
                Pages.detailOf(r.entryType(), r.entryKey()));
    }
}
