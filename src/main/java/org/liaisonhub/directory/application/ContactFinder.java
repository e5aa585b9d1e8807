package org.liaisonhub.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.Availability;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.OpeningStatus;
import org.liaisonhub.resources.application.ResourceService;
import org.liaisonhub.resources.application.ResourceSummary;
import org.liaisonhub.security.Viewer;

/**
 * "Whom do I contact?": for a country and a need, the formal route (the competent or central authority and
 * its contact points for that need) and the informal routes (network contact points in that country),
 * ranked, each explained in one line, with secure channels, languages and freshness.
 */
@ApplicationScoped
@Transactional
public class ContactFinder {

    private final DirectoryRepository directory;
    private final ResourceService resources;
    private final ProcedureAdvisor procedures;
    private final Clock clock;

    ContactFinder() {
        this(null, null, null, null); // for CDI's client proxy only
    }

    @Inject
    public ContactFinder(DirectoryRepository directory, ResourceService resources, ProcedureAdvisor procedures) {
        this(directory, resources, procedures, Clock.systemUTC());
    }

    /** With another clock, for tests: "today" (freshness) and "now" (open now) come from it. */
    public ContactFinder(
            DirectoryRepository directory, ResourceService resources, ProcedureAdvisor procedures, Clock clock) {
        this.directory = directory;
        this.resources = resources;
        this.procedures = procedures;
        this.clock = clock;
    }

    public FinderAnswer find(String country, Need need, String language, Viewer viewer) {
        return find(country, need, language, viewer, null, false);
    }

    /**
     * @param at the instant "open now" and local times refer to (a call planned for later); null: now
     * @param urgent 24/7 contact points and those open at {@code at} first; says plainly when there is no 24/7 route
     */
    public FinderAnswer find(String country, Need need, String language, Viewer viewer, Instant at, boolean urgent) {
        Set<Visibility> levels = viewer.visibleLevels();
        LocalDate today = LocalDate.now(clock);
        Instant when = at != null ? at : clock.instant();
        List<ContactPoint> contacts = directory.findVisibleContactsIn(country, levels, viewer.visibleStatuses());
        Map<Authority, List<ContactPoint>> byAuthority =
                contacts.stream().collect(Collectors.groupingBy(ContactPoint::getAuthority));

        List<ContactRoute> routes = new ArrayList<>();
        Set<ContactPoint> used = new HashSet<>();
        directory.findVisibleAuthoritiesIn(country, levels, viewer.visibleStatuses()).stream()
                .filter(a -> a.getCompetences().contains(need.competence()))
                // Most competent kind first; among equals, one whose people speak the language, then the one
                // with more contact points for this need (the established route), then by name.
                .sorted(Comparator.comparingInt((Authority a) -> need.rank(a.getKind()))
                        .thenComparing(a -> !speaks(byAuthority.getOrDefault(a, List.of()), language))
                        .thenComparing(a -> -competentCount(byAuthority.getOrDefault(a, List.of()), need))
                        .thenComparing(Authority::getName))
                .forEach(authority -> {
                    List<ContactPoint> competent = byAuthority.getOrDefault(authority, List.of()).stream()
                            .filter(c -> c.getCompetences().isEmpty()
                                    || c.getCompetences().contains(need.competence()))
                            .toList();
                    used.addAll(competent);
                    routes.add(new ContactRoute(
                            "FORMAL",
                            "formal: " + describe(authority) + " for " + need.name(),
                            AuthorityRef.of(authority),
                            authority.getKind().name(),
                            ranked(competent, language, today, levels, when)));
                });

        contacts.stream()
                .filter(c -> !used.contains(c) && !c.getNetworks().isEmpty())
                .sorted(Comparator.comparing(
                                (ContactPoint c) -> !c.getCompetences().contains(need.competence()))
                        .thenComparing(c -> !speaksOne(c, language))
                        .thenComparing(ContactPoint::getRole))
                .forEach(c -> routes.add(new ContactRoute(
                        "INFORMAL",
                        "informal: "
                                + String.join(
                                        ", ", c.getNetworks().stream().sorted().toList()) + " contact point at "
                                + c.getAuthority().getName(),
                        AuthorityRef.of(c.getAuthority()),
                        c.getAuthority().getKind().name(),
                        List.of(toRouteContact(c, language, today, levels, when)))));

        String message = routes.isEmpty()
                ? "Liaison has no contact point for " + need.name() + " in " + country
                        + " yet. These networks cover the country and can put you in touch."
                : null;
        List<ContactRoute> answered = urgent ? UrgentRoutes.ranked(routes) : routes;
        boolean aroundTheClock = UrgentRoutes.anyAroundTheClock(routes);
        List<ResourceSummary> alternatives = urgent && !aroundTheClock
                ? resources.byKeys(UrgentRoutes.AROUND_THE_CLOCK_NETWORKS, viewer)
                : List.of();
        String urgentMessage = urgent && !aroundTheClock
                ? "Liaison knows no 24/7 contact point for " + need.name() + " in " + country + "."
                        + (alternatives.isEmpty()
                                ? ""
                                : " Outside office hours, go through a network that answers"
                                        + " around the clock: "
                                        + alternatives.stream()
                                                .map(ResourceSummary::name)
                                                .collect(Collectors.joining(" or "))
                                        + ".")
                : null;
        return new FinderAnswer(
                country,
                need.name(),
                language,
                answered,
                routes.isEmpty() ? resources.byKeys(Regions.networksCovering(country), viewer) : List.of(),
                message,
                when.truncatedTo(ChronoUnit.SECONDS).toString(),
                urgent,
                aroundTheClock,
                urgentMessage,
                alternatives,
                procedures.advise(country, need, language, viewer).orElse(null));
    }

    private static String describe(Authority authority) {
        return switch (authority.getKind()) {
            case CENTRAL_AUTHORITY -> "central authority";
            case PROSECUTION -> "competent prosecution service";
            case JUDICIARY -> "competent judicial authority";
            case MINISTRY -> "ministry acting as central authority";
            case ASSET_RECOVERY_OFFICE -> "asset recovery office";
            case POLICE -> "police";
            case FIU -> "financial intelligence unit";
            case ANTI_CORRUPTION_AGENCY -> "anti-corruption agency";
            case OTHER -> "competent authority";
        };
    }

    private static List<ContactRoute.RouteContact> ranked(
            List<ContactPoint> contacts, String language, LocalDate today, Set<Visibility> levels, Instant when) {
        return contacts.stream()
                .sorted(Comparator.comparing((ContactPoint c) -> !speaksOne(c, language))
                        .thenComparing(c -> c.needsVerification(today))
                        .thenComparing(ContactPoint::getRole))
                .map(c -> toRouteContact(c, language, today, levels, when))
                .toList();
    }

    private static long competentCount(List<ContactPoint> contacts, Need need) {
        return contacts.stream()
                .filter(c -> c.getCompetences().contains(need.competence()))
                .count();
    }

    private static boolean speaks(List<ContactPoint> contacts, String language) {
        return contacts.stream().anyMatch(c -> speaksOne(c, language));
    }

    private static boolean speaksOne(ContactPoint contact, String language) {
        return language == null || contact.getLanguages().contains(language);
    }

    private static ContactRoute.RouteContact toRouteContact(
            ContactPoint c, String language, LocalDate today, Set<Visibility> levels, Instant when) {
        Availability availability = c.getEffectiveAvailability();
        return new ContactRoute.RouteContact(
                c.getKey(),
                c.getRole(),
                c.getEmail(),
                c.getPersonalDetails().shownTo(levels) ? c.getPersonalDetails().getPhone() : null,
                c.getLanguages().stream().sorted().toList(),
                c.getChannels().stream()
                        .filter(ch -> ch.getType().isSecure())
                        .map(ch -> new ChannelDetails(ch.getType().name(), ch.getAddress(), true))
                        .toList(),
                c.getNetworks().stream().sorted().toList(),
                c.getLastVerified() == null ? null : c.getLastVerified().toString(),
                c.needsVerification(today),
                language != null && c.getLanguages().contains(language),
                ContactAvailability.of(availability, OpeningStatus.of(availability, c.getCountry(), when)));
    }
}
