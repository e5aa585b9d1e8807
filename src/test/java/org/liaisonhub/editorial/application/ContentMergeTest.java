package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.resources.domain.Access;
import org.liaisonhub.resources.domain.ResourceContent;
import org.liaisonhub.resources.domain.ResourceKind;

class ContentMergeTest {

    private static final ResourceContent STORED = new ResourceContent(
            "Tool",
            "T",
            ResourceKind.TOOL,
            "Handbook",
            "https://example.org",
            Access.RESTRICTED,
            "Operator",
            Set.of(),
            Visibility.RESTRICTED);

    private static ResourceContent imported(String description, Visibility visibility) {
        return new ResourceContent(
                "Renamed", null, ResourceKind.TOOL, description, null, null, null, Set.of(), visibility);
    }

    @Test
    void aLeftOutVisibility_keepsTheStoredLevel_insteadOfBecomingPublic() {
        var record = new Keyed<>("k", imported(null, null), Set.of("key", "name", "kind"));

        ResourceContent merged = ContentMerge.keepOmitted(STORED, record);

        assertThat(merged.visibility()).isEqualTo(Visibility.RESTRICTED);
        assertThat(merged.access()).isEqualTo(Access.RESTRICTED);
        assertThat(merged.description()).isEqualTo("Handbook");
        assertThat(merged.url()).isEqualTo("https://example.org");
        assertThat(merged.name()).as("a given member replaces").isEqualTo("Renamed");
    }

    @Test
    void aGivenNullMember_clearsIt_andAGivenLevelReplacesIt() {
        var record = new Keyed<>(
                "k", imported(null, Visibility.MEMBERS), Set.of("key", "name", "kind", "description", "visibility"));

        ResourceContent merged = ContentMerge.keepOmitted(STORED, record);

        assertThat(merged.description()).isNull();
        assertThat(merged.visibility()).isEqualTo(Visibility.MEMBERS);
        assertThat(merged.operator()).isEqualTo("Operator");
    }

    @Test
    void anExport_givesEveryMember() {
        ResourceContent all = imported(null, Visibility.PUBLIC);

        assertThat(ContentMerge.keepOmitted(STORED, new Keyed<>("k", all))).isEqualTo(all);
    }

    @Test
    void aContactsAuthority_isMatchedByItsExchangeName_andLeftOutPersonalDetailsAreKept() {
        var stored = new ContactContent(
                "old-auth",
                "Desk",
                "Ingrid",
                null,
                "+46104435000",
                Set.of(),
                List.of(),
                Set.of(),
                Set.of(),
                Visibility.PUBLIC,
                null,
                Visibility.MEMBERS);
        var given = new ContactContent(
                "new-auth", "Desk", null, null, null, Set.of(), List.of(), Set.of(), Set.of(), null, null, null);

        ContactContent merged =
                ContentMerge.keepOmitted(stored, new Keyed<>("k", given, Set.of("key", "authority", "role")));

        assertThat(merged.authorityKey()).isEqualTo("new-auth");
        assertThat(merged.personName()).isEqualTo("Ingrid");
        assertThat(merged.phone()).isEqualTo("+46104435000");
        assertThat(merged.personalDetailsVisibility()).isEqualTo(Visibility.MEMBERS);
    }
}
