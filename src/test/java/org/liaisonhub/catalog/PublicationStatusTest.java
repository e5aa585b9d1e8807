package org.liaisonhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.domain.Role;

class PublicationStatusTest {

    @Test
    void theWorkflowGoesForwardStepByStep_andAnyStepCanReturnToDraft() {
        assertThat(PublicationStatus.DRAFT.mayMoveTo(PublicationStatus.IN_REVIEW))
                .isTrue();
        assertThat(PublicationStatus.IN_REVIEW.mayMoveTo(PublicationStatus.PUBLISHED))
                .isTrue();
        assertThat(PublicationStatus.PUBLISHED.mayMoveTo(PublicationStatus.ARCHIVED))
                .isTrue();
        assertThat(PublicationStatus.ARCHIVED.mayMoveTo(PublicationStatus.DRAFT))
                .isTrue();
        assertThat(PublicationStatus.DRAFT.mayMoveTo(PublicationStatus.ARCHIVED))
                .isFalse();
        assertThat(PublicationStatus.ARCHIVED.mayMoveTo(PublicationStatus.PUBLISHED))
                .isFalse();
        assertThat(PublicationStatus.PUBLISHED.mayMoveTo(PublicationStatus.PUBLISHED))
                .isFalse();
    }

    @Test
    void onlyEditorsSeeWhatIsNotPublished() {
        assertThat(Viewer.anonymous().visibleStatuses()).containsExactly(PublicationStatus.PUBLISHED);
        assertThat(Viewer.of("m", Role.MEMBER).visibleStatuses()).containsExactly(PublicationStatus.PUBLISHED);
        assertThat(Viewer.of("e", Role.EDITOR).visibleStatuses()).containsExactlyInAnyOrder(PublicationStatus.values());
        assertThat(Viewer.of("a", Role.ADMIN).maySee(Visibility.RESTRICTED, PublicationStatus.DRAFT))
                .isTrue();
        assertThat(Viewer.of("m", Role.MEMBER).maySee(Visibility.PUBLIC, PublicationStatus.ARCHIVED))
                .isFalse();
    }
}
