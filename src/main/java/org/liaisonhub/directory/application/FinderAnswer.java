package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.util.List;

import org.liaisonhub.resources.application.ResourceSummary;

/** The answer to "whom do I contact?": ranked routes, and networks to turn to when there are none. */
public record FinderAnswer(String country, String need, String language, List<ContactRoute> routes,
        List<ResourceSummary> networksCoveringRegion, String message) implements Serializable {
}
