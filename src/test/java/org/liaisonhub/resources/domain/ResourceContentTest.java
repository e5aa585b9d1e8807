package org.liaisonhub.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;

class ResourceContentTest {

    @Test
    void leftOutAccessAndVisibility_meanOpenAndPublic() {
        ResourceContent content =
                new ResourceContent("Tool", null, ResourceKind.TOOL, null, null, null, null, Set.of(), null);

        assertThat(content.access()).isEqualTo(Access.OPEN);
        assertThat(content.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void givenAccessAndVisibility_areKept() {
        ResourceContent content = new ResourceContent(
                "Tool", null, ResourceKind.TOOL, null, null, Access.RESTRICTED, null, Set.of(), Visibility.MEMBERS);

        assertThat(content.access()).isEqualTo(Access.RESTRICTED);
        assertThat(content.visibility()).isEqualTo(Visibility.MEMBERS);
    }

    @Test
    void ictCategories_areAnUnchangeableCopy() {
        Set<IctCategory> given = EnumSet.of(IctCategory.DATABASES);
        ResourceContent content =
                new ResourceContent("Tool", null, ResourceKind.TOOL, null, null, null, null, given, null);

        given.add(IctCategory.VIDEOCONFERENCE);

        assertThat(content.ictCategories()).containsExactly(IctCategory.DATABASES);
        assertThatThrownBy(() -> content.ictCategories().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void twoContentsWithTheSameValues_areEqual_whateverSetTheCategoriesCameIn() {
        ResourceContent fromEnumSet = new ResourceContent(
                "Tool",
                "T",
                ResourceKind.TOOL,
                "d",
                null,
                null,
                null,
                EnumSet.of(IctCategory.DATABASES, IctCategory.VIDEOCONFERENCE),
                null);
        ResourceContent fromSetOf = new ResourceContent(
                "Tool",
                "T",
                ResourceKind.TOOL,
                "d",
                null,
                Access.OPEN,
                null,
                Set.of(IctCategory.VIDEOCONFERENCE, IctCategory.DATABASES),
                Visibility.PUBLIC);

        assertThat(fromEnumSet).isEqualTo(fromSetOf);
    }
}
