package org.liaisonhub.directory.application;

import java.util.Comparator;
import java.util.List;

/**
 * The finder's "urgent" switch: 24/7 contact points first, then those open now, then those opening soonest, then
 * the rest, inside each route and across routes (a route ranks by its most available contact; equals keep the
 * finder's order, so among routes open at once the most competent authority still comes first). When no route has
 * a 24/7 contact, the finder names the networks that answer around the clock instead.
 */
final class UrgentRoutes {

    /** The network resources (keys) that answer around the clock anywhere: INTERPOL's NCBs over I-24/7, GlobE. */
    static final List<String> AROUND_THE_CLOCK_NETWORKS = List.of("interpol", "globe-network");

    private static final Comparator<ContactRoute.RouteContact> MOST_AVAILABLE = Comparator.comparingInt(
                    (ContactRoute.RouteContact c) -> c.availability().urgencyRank())
            .thenComparing(c -> c.availability().opensInMinutes() == null
                    ? Long.MAX_VALUE
                    : c.availability().opensInMinutes());

    private UrgentRoutes() {}

    static List<ContactRoute> ranked(List<ContactRoute> routes) {
        return routes.stream()
                .map(r -> new ContactRoute(
                        r.kind(),
                        r.explanation(),
                        r.authority(),
                        r.authorityKind(),
                        r.contacts().stream().sorted(MOST_AVAILABLE).toList()))
                .sorted(Comparator.comparing(
                        r -> r.contacts().isEmpty() ? null : r.contacts().get(0), Comparator.nullsLast(MOST_AVAILABLE)))
                .toList();
    }

    /** Whether any contact point on these routes answers around the clock. */
    static boolean anyAroundTheClock(List<ContactRoute> routes) {
        return routes.stream().flatMap(r -> r.contacts().stream()).anyMatch(c -> c.availability()
                .aroundTheClock());
    }
}
