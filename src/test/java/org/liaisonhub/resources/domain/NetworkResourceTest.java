package org.liaisonhub.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;

class NetworkResourceTest {

    private static ResourceContent globe(String description, Set<IctCategory> categories, Visibility level) {
        return new ResourceContent(
                "Global Operational Network of Anti-Corruption Law Enforcement Authorities",
                "GlobE",
                ResourceKind.NETWORK,
                description,
                "https://globenetwork.example.org",
                Access.REGISTRATION,
                "UNODC",
                categories,
                level);
    }

    @Test
    void create_keepsTheContentItWasGiven() {
        ResourceContent content = globe("Peer-to-peer network", Set.of(IctCategory.DATABASES), Visibility.MEMBERS);

        NetworkResource resource = NetworkResource.create("globe", content);

        assertThat(resource.getKey()).isEqualTo("globe");
        assertThat(resource.entryType()).isEqualTo(EntryType.RESOURCE);
        assertThat(resource.content()).isEqualTo(content);
        assertThat(resource.getVisibility()).isEqualTo(Visibility.MEMBERS);
    }

    @Test
    void revise_withTheSameContent_changesNothing() {
        ResourceContent content = globe("Peer-to-peer network", Set.of(IctCategory.DATABASES), Visibility.PUBLIC);
        NetworkResource resource = NetworkResource.create("globe", content);

        boolean changed =
                resource.revise(globe("Peer-to-peer network", Set.of(IctCategory.DATABASES), Visibility.PUBLIC));

        assertThat(changed)
                .as("an import of the same record counts as unchanged")
                .isFalse();
    }

    @Test
    void revise_replacesEveryFieldAndTheCategories_andChangesTheVisibility() {
        NetworkResource resource = NetworkResource.create(
                "globe",
                globe("Old text", Set.of(IctCategory.DATABASES, IctCategory.EMAIL_MESSAGING), Visibility.PUBLIC));
        ResourceContent revised = new ResourceContent(
                "Secure channel",
                null,
                ResourceKind.SECURE_CHANNEL,
                null,
                null,
                Access.RESTRICTED,
                null,
                Set.of(IctCategory.VIDEOCONFERENCE),
                Visibility.RESTRICTED);

        boolean changed = resource.revise(revised);

        assertThat(changed).isTrue();
        assertThat(resource.content()).isEqualTo(revised);
        assertThat(resource.getIctCategories())
                .as("replaced, not added to")
                .containsExactly(IctCategory.VIDEOCONFERENCE);
        assertThat(resource.getVisibility()).isEqualTo(Visibility.RESTRICTED);
    }

    @Test
    void isKnownAs_matchesNameOrAcronym_ignoringCaseAndSurroundingSpace() {
        NetworkResource resource = NetworkResource.create("globe", globe(null, Set.of(), null));

        assertThat(resource.isKnownAs("globe")).isTrue();
        assertThat(resource.isKnownAs("  GLOBE ")).isTrue();
        assertThat(resource.isKnownAs("global operational network of anti-corruption law enforcement authorities"))
                .isTrue();
        assertThat(resource.isKnownAs("GlobE network"))
                .as("a longer name is another network")
                .isFalse();
        assertThat(resource.isKnownAs("Glob")).isFalse();
    }

    @Test
    void isKnownAs_withoutAcronym_comparesTheNameOnly() {
        NetworkResource resource = NetworkResource.create(
                "siena",
                new ResourceContent(
                        "SIENA", null, ResourceKind.SECURE_CHANNEL, null, null, null, null, Set.of(), null));

        assertThat(resource.isKnownAs("siena")).isTrue();
        assertThat(resource.isKnownAs("")).isFalse();
    }

    @Test
    void searchText_leavesOutWhatTheResourceDoesNotSay() {
        NetworkResource withAll = NetworkResource.create("globe", globe("Peer-to-peer network", Set.of(), null));
        NetworkResource nameOnly = NetworkResource.create(
                "siena",
                new ResourceContent(
                        "SIENA", null, ResourceKind.SECURE_CHANNEL, null, null, null, null, Set.of(), null));

        assertThat(withAll.getSearchText())
                .containsExactly(
                        "Global Operational Network of Anti-Corruption Law Enforcement Authorities",
                        "GlobE",
                        "Peer-to-peer network");
        assertThat(nameOnly.getSearchText()).containsExactly("SIENA");
    }

    @Test
    void ictCategories_areACopy_thatCannotChangeTheEntity() {
        NetworkResource resource = NetworkResource.create("globe", globe(null, Set.of(IctCategory.DATABASES), null));

        resource.getIctCategories().clear();

        assertThat(resource.getIctCategories()).containsExactly(IctCategory.DATABASES);
    }

    @Test
    void country_isNone_forResourcesServeEveryCountry() {
        assertThat(NetworkResource.create("globe", globe(null, Set.of(), null)).getCountry())
                .isNull();
    }
}
