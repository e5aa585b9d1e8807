package org.liaisonhub.resources.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.resources.domain.NetworkResource;

/** Everything the detail page and {@code GET /api/resources/{key}} show of a network resource. */
public record ResourceDetails(
        String key,
        String name,
        String acronym,
        String kind,
        String description,
        String url,
        String access,
        String operator,
        List<String> ictCategories,
        String visibility,
        Instant updatedAt)
        implements Serializable {

    static ResourceDetails of(NetworkResource r) {
        return new ResourceDetails(
                r.getKey(),
                r.getName(),
                r.getAcronym(),
                r.getKind().name(),
                r.getDescription(),
                r.getUrl(),
                r.getAccess().name(),
                r.getOperator(),
                r.getIctCategories().stream().sorted().map(IctCategory::name).toList(),
                r.getVisibility().name(),
                r.getUpdatedAt());
    }
}
