package org.liaisonhub.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.OpeningStatus;
import org.liaisonhub.directory.domain.PersonalDetails;
import org.liaisonhub.resources.application.ResourceService;
import org.liaisonhub.resources.application.ResourceSummary;
import org.liaisonhub.security.Viewer;

/** Read side of the directory, always through the viewer's visibility. */
@ApplicationScoped
@Transactional
public class DirectoryService {

    private final DirectoryRepository directory;
    private final ResourceService resources;

    DirectoryService() {
        this(null, null); // for CDI's client proxy only
    }

    @Inject
    public DirectoryService(DirectoryRepository directory, ResourceService resources) {
        this.directory = directory;
        this.resources = resources;
    }

    public Optional<AuthorityDetails> authority(String key, Viewer viewer) {
        return directory
                .findVisibleAuthority(key, viewer.visibleLevels(), viewer.visibleStatuses())
                .map(a -> new AuthorityDetails(
                        a.getKey(),
                        a.getName(),
                        a.getLocalName(),
                        a.getCountry(),
                        a.getKind().name(),
                        a.getWebsite(),
                        a.getDescription(),
                        competences(a.getCompetences()),
                        links(a.getNetworks(), viewer),
                        directory.findVisibleContactsOf(a, viewer.visibleLevels(), viewer.visibleStatuses()).stream()
                                .map(ContactSummary::of)
                                .toList(),
                        a.getVisibility().name(),
                        a.getUpdatedAt(),
                        ContactAvailability.of(
                                a.getAvailability(),
                                OpeningStatus.of(a.getAvailability(), a.getCountry(), Instant.now()))));
    }

    public Optional<ContactDetails> contact(String key, Viewer viewer) {
        return directory
                .findVisibleContact(key, viewer.visibleLevels(), viewer.visibleStatuses())
                .map(c -> toDetails(c, viewer));
    }

    /** Authorities that belong to a network known by any of these names. */
    public List<AuthorityRef> membersOf(Collection<String> networkNames, Viewer viewer) {
        return directory.findVisibleMembersOf(networkNames, viewer.visibleLevels(), viewer.visibleStatuses()).stream()
                .map(AuthorityRef::of)
                .toList();
    }

    private ContactDetails toDetails(ContactPoint c, Viewer viewer) {
        Authority a = c.getAuthority();
        PersonalDetails person = c.getPersonalDetails();
        boolean personal = person.shownTo(viewer.visibleLevels());
        return new ContactDetails(
                c.getKey(),
                AuthorityRef.of(a),
                c.getRole(),
                personal ? person.getPersonName() : null,
                c.getEmail(),
                personal ? person.getPhone() : null,
                c.getLanguages().stream().sorted().toList(),
                c.getChannels().stream()
                        .map(ch -> new ChannelDetails(
                                ch.getType().name(),
                                ch.getAddress(),
                                ch.getType().isSecure()))
                        .toList(),
                competences(c.getCompetences()),
                links(c.getNetworks(), viewer),
                c.getVisibility().name(),
                c.getLastVerified(),
                c.needsVerification(java.time.LocalDate.now()),
                person.withheldFrom(viewer.visibleLevels()),
                ContactAvailability.of(
                        c.getEffectiveAvailability(),
                        OpeningStatus.of(c.getEffectiveAvailability(), c.getCountry(), Instant.now())));
    }

    private List<NetworkLink> links(Collection<String> names, Viewer viewer) {
        List<ResourceSummary> known = resources.knownAs(names, viewer);
        return names.stream()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .map(name -> new NetworkLink(
                        name,
                        known.stream()
                                .filter(r -> r.name().equalsIgnoreCase(name.strip())
                                        || r.acronym() != null && r.acronym().equalsIgnoreCase(name.strip()))
                                .map(ResourceSummary::key)
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    private static List<String> competences(Collection<Competence> competences) {
        return competences.stream().sorted().map(Competence::name).toList();
    }
}
