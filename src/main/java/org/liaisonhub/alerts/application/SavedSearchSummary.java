package org.liaisonhub.alerts.application;

import java.io.Serializable;
import java.time.Instant;
import org.liaisonhub.alerts.domain.SavedSearch;

/** A row of "my saved searches": what was saved, where its alerts go, and its feed's path under /api. */
public record SavedSearchSummary(
        long id,
        String name,
        String search,
        String email,
        String language,
        boolean alertsOn,
        Instant createdAt,
        String feed)
        implements Serializable {

    static SavedSearchSummary of(SavedSearch s) {
        return new SavedSearchSummary(
                s.getId(),
                s.getName(),
                s.getQuery(),
                s.getEmail(),
                s.getLanguage(),
                s.isAlertsOn(),
                s.getCreatedAt(),
                "/api/saved-searches/" + s.getId() + "/alerts.atom");
    }
}
