package org.liaisonhub.resources.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.resources.domain.Access;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

class ResourceServiceTest {

    /** The repository's queries over a list: by key, by network name, within the levels and statuses given. */
    static final class ListedResources extends NetworkResourceRepository {

        final List<NetworkResource> stored = new ArrayList<>();

        ListedResources() {
            super(null);
        }

        @Override
        public Optional<NetworkResource> findVisible(
                String key, Set<Visibility> levels, Set<PublicationStatus> statuses) {
            return stored.stream()
                    .filter(r -> r.getKey().equals(key)
                            && levels.contains(r.getVisibility())
                            && statuses.contains(r.getStatus()))
                    .findFirst();
        }

        @Override
        public List<NetworkResource> findKnownAs(
                Collection<String> names, Set<Visibility> levels, Set<PublicationStatus> statuses) {
            return stored.stream()
                    .filter(r -> names.stream().anyMatch(r::isKnownAs)
                            && levels.contains(r.getVisibility())
                            && statuses.contains(r.getStatus()))
                    .toList();
        }

        NetworkResource add(String key, String name, String acronym, Visibility level, PublicationStatus status) {
            NetworkResource resource = NetworkResource.create(
                    key,
                    new ResourceContent(
                            name,
                            acronym,
                            ResourceKind.NETWORK,
                            "About " + name,
                            null,
                            Access.REGISTRATION,
                            null,
                            Set.of(IctCategory.VIDEOCONFERENCE, IctCategory.DATABASES),
                            level));
            resource.startAs(status);
            stored.add(resource);
            return resource;
        }
    }

    private final ListedResources repository = new ListedResources();
    private final ResourceService service = new ResourceService(repository);

    private static final Viewer ANONYMOUS = Viewer.anonymous();
    private static final Viewer MEMBER = Viewer.of("member", Role.MEMBER);
    private static final Viewer EDITOR = Viewer.of("editor", Role.EDITOR);

    @Test
    void details_showEverythingOfAVisibleResource_categoriesInTheirOrder() {
        repository.add("globe", "GlobE Network", "GlobE", Visibility.PUBLIC, PublicationStatus.PUBLISHED);

        ResourceDetails details = service.details("globe", ANONYMOUS).orElseThrow();

        assertThat(details.key()).isEqualTo("globe");
        assertThat(details.name()).isEqualTo("GlobE Network");
        assertThat(details.acronym()).isEqualTo("GlobE");
        assertThat(details.kind()).isEqualTo("NETWORK");
        assertThat(details.access()).isEqualTo("REGISTRATION");
        assertThat(details.description()).isEqualTo("About GlobE Network");
        assertThat(details.visibility()).isEqualTo("PUBLIC");
        assertThat(details.ictCategories())
                .as("in the order the questionnaire lists them")
                .containsExactly("VIDEOCONFERENCE", "DATABASES");
    }

    @Test
    void details_ofAMembersResource_areFoundByMembers_notByAnonymousViewers() {
        repository.add("siena", "SIENA", null, Visibility.MEMBERS, PublicationStatus.PUBLISHED);

        assertThat(service.details("siena", ANONYMOUS)).isEmpty();
        assertThat(service.details("siena", MEMBER)).isPresent();
    }

    @Test
    void details_ofADraft_areForEditorsOnly() {
        repository.add("draft-tool", "Draft tool", null, Visibility.PUBLIC, PublicationStatus.DRAFT);

        assertThat(service.details("draft-tool", MEMBER)).isEmpty();
        assertThat(service.details("draft-tool", EDITOR)).isPresent();
    }

    @Test
    void byKeys_keepsTheOrderAsked_andLeavesOutUnknownAndHiddenKeys() {
        repository.add("a-tool", "A tool", null, Visibility.PUBLIC, PublicationStatus.PUBLISHED);
        repository.add("b-tool", "B tool", null, Visibility.PUBLIC, PublicationStatus.PUBLISHED);
        repository.add("c-secret", "C secret", null, Visibility.RESTRICTED, PublicationStatus.PUBLISHED);

        List<ResourceSummary> rows = service.byKeys(List.of("b-tool", "nowhere", "c-secret", "a-tool"), MEMBER);

        assertThat(rows).extracting(ResourceSummary::key).containsExactly("b-tool", "a-tool");
        assertThat(rows.get(0)).isEqualTo(new ResourceSummary("b-tool", "B tool", null, "NETWORK", "REGISTRATION"));
    }

    @Test
    void knownAs_findsTheResourcesNamedByNameOrAcronym_thatTheViewerMaySee() {
        repository.add("globe", "GlobE Network", "GlobE", Visibility.PUBLIC, PublicationStatus.PUBLISHED);
        repository.add("ejn", "European Judicial Network", "EJN", Visibility.MEMBERS, PublicationStatus.PUBLISHED);
        repository.add("carin", "CARIN", null, Visibility.PUBLIC, PublicationStatus.PUBLISHED);

        assertThat(service.knownAs(List.of("globe", "EJN"), ANONYMOUS))
                .extracting(ResourceSummary::key)
                .containsExactly("globe");
        assertThat(service.knownAs(List.of("globe", "European judicial network"), MEMBER))
                .extracting(ResourceSummary::key)
                .containsExactlyInAnyOrder("globe", "ejn");
    }
}
