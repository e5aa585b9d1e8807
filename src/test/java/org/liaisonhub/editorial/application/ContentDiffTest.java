package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

class ContentDiffTest {

    private static AuthorityContent authority(String name, String website, Set<String> networks) {
        return new AuthorityContent(
                name,
                null,
                "SE",
                AuthorityKind.PROSECUTION,
                website,
                "About us",
                networks,
                Set.of(Competence.MLA),
                Visibility.PUBLIC);
    }

    @Test
    void changedFields_areListedWithOldAndNewValues_inTheRecordsOrder() {
        var before = authority("Åklagarmyndigheten", null, Set.of("EJN"));
        var after = authority("Swedish Prosecution Authority", "https://www.aklagare.se", Set.of("EJN"));

        assertThat(ContentDiff.between(before, after))
                .containsExactly(
                        new FieldChange("name", "Åklagarmyndigheten", "Swedish Prosecution Authority"),
                        new FieldChange("website", "", "https://www.aklagare.se"));
    }

    @Test
    void equalContent_hasNoChanges_andTheOrderOfASetDoesNotCount() {
        Set<String> one = new LinkedHashSet<>(List.of("EJN", "GlobE"));
        Set<String> other = new LinkedHashSet<>(List.of("GlobE", "EJN"));

        assertThat(ContentDiff.between(authority("A", null, one), authority("A", null, other)))
                .isEmpty();
    }

    @Test
    void setsAreShownSorted_andAnEmptyValueEqualsAnAbsentOne() {
        var before = authority("A", "", Set.of());
        var after = authority("A", null, Set.of("GlobE", "EJN"));

        assertThat(ContentDiff.between(before, after)).containsExactly(new FieldChange("networks", "", "EJN, GlobE"));
    }

    @Test
    void theFirstVersion_listsEveryField_asNew() {
        var created = authority("A", null, Set.of());

        assertThat(ContentDiff.between(null, created))
                .extracting(FieldChange::field)
                .containsExactly("name", "country", "kind", "description", "competences", "visibility");
    }

    @Test
    void differentKindsOfContent_cannotBeCompared() {
        var resource = new ResourceContent("Tool", null, ResourceKind.TOOL, null, null, null, null, Set.of(), null);

        assertThatThrownBy(() -> ContentDiff.between(authority("A", null, Set.of()), resource))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
