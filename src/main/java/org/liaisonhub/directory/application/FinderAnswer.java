package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.util.List;

import org.liaisonhub.resources.application.ResourceSummary;

/**
 * The answer to "whom do I contact?": ranked routes, and networks to turn to when there are none; {@code procedure}
 * is what the country's procedure sheet for the need says (null when there is none the viewer may see).
 */
public record FinderAnswer(String country, String need, String language, List<ContactRoute> routes,
        List<ResourceSummary> networksCoveringRegion, String message, ProcedureAdvice procedure)
        implements Serializable {
}
