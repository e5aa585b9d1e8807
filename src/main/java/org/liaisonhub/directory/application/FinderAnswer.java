package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.util.List;
import org.liaisonhub.resources.application.ResourceSummary;

/**
 * The answer to "whom do I contact?": ranked routes, and networks to turn to when there are none. {@code at}: the
 * instant (ISO-8601, UTC) every contact's local time and "open now" refer to. {@code urgent}: asked with the urgent
 * switch (24/7 and open contacts first). {@code aroundTheClock}: some route has a 24/7 contact; when an urgent
 * answer has none, {@code urgentMessage} says so plainly and {@code urgentAlternatives} names the networks that
 * answer around the clock.
 * {@code procedure} is what the country's procedure sheet for the need says (null when there is none the
 * viewer may see).
 */
public record FinderAnswer(
        String country,
        String need,
        String language,
        List<ContactRoute> routes,
        List<ResourceSummary> networksCoveringRegion,
        String message,
        String at,
        boolean urgent,
        boolean aroundTheClock,
        String urgentMessage,
        List<ResourceSummary> urgentAlternatives,
        ProcedureAdvice procedure)
        implements Serializable {}
