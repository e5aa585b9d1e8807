package org.liaisonhub.resources.application;

import java.io.Serializable;
import org.liaisonhub.resources.domain.NetworkResource;

/** A network resource as a link or list row shows it. */
public record ResourceSummary(String key, String name, String acronym, String kind, String access)
        implements Serializable {

    static ResourceSummary of(NetworkResource r) {
        return new ResourceSummary(
                r.getKey(),
                r.getName(),
                r.getAcronym(),
                r.getKind().name(),
                r.getAccess().name());
    }
}
