package org.liaisonhub.editorial.application;

import java.io.Serializable;
import java.time.Instant;

import org.liaisonhub.editorial.domain.OutdatedReport;

/** A "report outdated" as the editors' queue and {@code GET /api/reports} show it; {@code path} opens the entry. */
public record ReportSummary(long id, String entryType, String entryKey, String entryTitle, String country,
        String comment, String reportedBy, Instant reportedAt, String handledBy, Instant handledAt, String path) implements Serializable {

    static ReportSummary of(OutdatedReport r) {
        String page = switch (r.getEntryType()) {
            case CONTACT -> "/directory/contact.xhtml";
            case AUTHORITY -> "/directory/authority.xhtml";
            case RESOURCE -> "/resources/resource.xhtml";
            case PRACTICE -> "/practices/practice.xhtml";
        };
        return new ReportSummary(r.getId(), r.getEntryType().code(), r.getEntryKey(), r.getEntryTitle(),
                r.getCountry(), r.getComment(), r.getReportedBy(), r.getReportedAt(), r.getHandledBy(),
                r.getHandledAt(), page + "?key=" + r.getEntryKey());
    }

    public boolean handled() {
        return handledAt != null;
    }
}
