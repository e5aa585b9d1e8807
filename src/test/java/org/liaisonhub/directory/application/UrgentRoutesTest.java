package org.liaisonhub.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrgentRoutesTest {

    private static ContactRoute.RouteContact contact(String key, String status, Long opensInMinutes) {
        return new ContactRoute.RouteContact(
                key,
                key,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                false,
                false,
                new ContactAvailability(
                        status,
                        status.equals("AROUND_THE_CLOCK"),
                        "10:00",
                        "Europe/Stockholm",
                        opensInMinutes,
                        null,
                        status));
    }

    private static ContactRoute route(String authority, ContactRoute.RouteContact... contacts) {
        return new ContactRoute(
                "FORMAL", "formal", new AuthorityRef(authority, authority, "SE"), "PROSECUTION", List.of(contacts));
    }

    @Test
    void urgent_puts247ThenOpenThenSoonestOpening_insideAndAcrossRoutes() {
        List<ContactRoute> routes = List.of(
                route("ministry", contact("m-closed-late", "CLOSED", 600L), contact("m-open", "OPEN", null)),
                route(
                        "prosecution",
                        contact("p-unknown", "UNKNOWN", null),
                        contact("p-closed-soon", "CLOSED", 60L),
                        contact("p-duty", "AROUND_THE_CLOCK", null)),
                route("empty"));

        List<ContactRoute> ranked = UrgentRoutes.ranked(routes);

        assertThat(ranked).extracting(r -> r.authority().key()).containsExactly("prosecution", "ministry", "empty");
        assertThat(ranked.get(0).contacts())
                .extracting(ContactRoute.RouteContact::key)
                .containsExactly("p-duty", "p-closed-soon", "p-unknown");
        assertThat(ranked.get(1).contacts())
                .extracting(ContactRoute.RouteContact::key)
                .containsExactly("m-open", "m-closed-late");
        assertThat(UrgentRoutes.anyAroundTheClock(routes)).isTrue();
        assertThat(UrgentRoutes.anyAroundTheClock(List.of(routes.get(0)))).isFalse();
    }

    @Test
    void routesOfEqualAvailability_keepTheFindersOrder() {
        List<ContactRoute> routes =
                List.of(route("first", contact("a", "OPEN", null)), route("second", contact("b", "OPEN", null)));

        assertThat(UrgentRoutes.ranked(routes))
                .extracting(r -> r.authority().key())
                .containsExactly("first", "second");
    }
}
