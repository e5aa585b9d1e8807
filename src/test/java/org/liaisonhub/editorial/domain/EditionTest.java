package org.liaisonhub.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;

class EditionTest {

    private static final Instant NOW = Instant.parse("2026-12-05T17:00:00Z");

    @Test
    void anEditionExpires_atItsExpiryInstant() {
        Edition edition = new Edition(
                Edition.Scope.COUNTRY,
                "SE",
                Visibility.MEMBERS,
                "editor",
                NOW,
                NOW.plusSeconds(3600),
                12,
                "ab".repeat(32));

        assertThat(edition.isExpired(NOW.plusSeconds(3599))).isFalse();
        assertThat(edition.isExpired(NOW.plusSeconds(3600))).isTrue();
    }

    @Test
    void anEditionOfAllHasNoScopeValue_andMustExpireAfterItIsMade() {
        assertThat(new Edition(Edition.Scope.ALL, "SE", Visibility.PUBLIC, "editor", NOW, NOW.plusSeconds(1), 1, "f")
                        .getScopeValue())
                .isNull();
        assertThatThrownBy(() -> new Edition(Edition.Scope.ALL, null, Visibility.PUBLIC, "editor", NOW, NOW, 1, "f"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edition(
                        Edition.Scope.NETWORK, null, Visibility.PUBLIC, "editor", NOW, NOW.plusSeconds(1), 1, "f"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFileKeepsItsOwnCopyOfTheBytes() {
        Edition edition =
                new Edition(Edition.Scope.ALL, null, Visibility.PUBLIC, "editor", NOW, NOW.plusSeconds(1), 1, "f");
        byte[] content = {1, 2, 3};
        EditionFile file = new EditionFile(edition, EditionFile.Kind.PDF, content, new byte[] {9});
        content[0] = 7;

        assertThat(file.content()).containsExactly(1, 2, 3);
        assertThat(EditionFile.Kind.PDF.mediaType()).isEqualTo("application/pdf");
    }
}
