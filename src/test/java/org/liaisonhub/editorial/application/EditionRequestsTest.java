package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.domain.Edition;
import org.liaisonhub.editorial.domain.EditionFile;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

class EditionRequestsTest {

    @Test
    void defaults_areForMembers_for90Days_inEnglish() {
        assertThat(EditionRequests.scopeKind("all")).isEqualTo(Edition.Scope.ALL);
        assertThat(EditionRequests.audience(" ")).isEqualTo(Visibility.MEMBERS);
        assertThat(EditionRequests.validDays(null)).isEqualTo(90);
        assertThat(EditionRequests.language(null)).isEqualTo(Locale.ROOT);
        assertThat(EditionRequests.scopeKind(" Country ")).isEqualTo(Edition.Scope.COUNTRY);
        assertThat(EditionRequests.audience("restricted")).isEqualTo(Visibility.RESTRICTED);
        assertThat(EditionRequests.fileKind("pdf")).isEqualTo(EditionFile.Kind.PDF);
    }

    @Test
    void unknownWords_areRefused_withTheAllowedOnes() {
        assertThatThrownBy(() -> EditionRequests.scopeKind("planet"))
                .isInstanceOf(EditionRejectedException.class)
                .hasMessageContaining("all, country or network");
        assertThatThrownBy(() -> EditionRequests.scopeKind(null))
                .as("no default: an edition of everything is asked for")
                .hasMessageContaining("Say which scope");
        assertThatThrownBy(() -> EditionRequests.audience("friends")).hasMessageContaining("public, members");
        assertThatThrownBy(() -> EditionRequests.validDays(0)).hasMessageContaining("1 to 366");
        assertThatThrownBy(() -> EditionRequests.validDays(367)).hasMessageContaining("not 367");
        assertThatThrownBy(() -> EditionRequests.language("de")).hasMessageContaining("en, fr or ar");
        assertThatThrownBy(() -> EditionRequests.fileKind("exe"))
                .matches(e -> ((EditionRejectedException) e).reason() == EditionRejectedException.Reason.NOT_FOUND);
    }

    @Test
    void anAudience_seesWhatAViewerOfThatLevelSees() {
        assertThat(EditionService.levels(Visibility.PUBLIC))
                .isEqualTo(Viewer.anonymous().visibleLevels());
        assertThat(EditionService.levels(Visibility.MEMBERS))
                .isEqualTo(Viewer.of("m", Role.MEMBER).visibleLevels());
        assertThat(EditionService.levels(Visibility.RESTRICTED)).isEqualTo(EnumSet.allOf(Visibility.class));
    }
}
