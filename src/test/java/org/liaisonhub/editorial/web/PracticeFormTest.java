package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.practices.domain.PracticeSource;
import org.liaisonhub.practices.domain.SourceType;

class PracticeFormTest {

    private static final PracticeContent STORED = new PracticeContent(
            "Video hearings",
            "SE",
            "Short summary",
            "<p>Long body</p>",
            Set.of(IctCategory.VIDEOCONFERENCE),
            Set.of(Challenge.LACK_OF_TRAINING),
            Visibility.MEMBERS,
            new PracticeSource(SourceType.QUESTIONNAIRE_RESPONSE, "UNODC 2024", "Sweden", 2024),
            List.of(new PracticeAnswer("2", "Which tools?", "We use video daily.", null, List.of())));

    @Test
    void aStoredPractice_comesBackUnchanged_throughTheForm() {
        PracticeForm form = new PracticeForm();
        form.fill(STORED);

        assertThat(form.content()).isEqualTo(STORED);
        assertThat(form.type()).isEqualTo(EntryType.PRACTICE);
    }

    @Test
    void whatTheEditorTypes_becomesTheContent_answersAndSourceStayAsLoaded() {
        PracticeForm form = new PracticeForm();
        form.fill(STORED);
        form.setTitle("Renamed");
        form.setCountry("de ");

        PracticeContent content = form.content();

        assertThat(content.title()).isEqualTo("Renamed");
        assertThat(content.country()).isEqualTo("DE");
        assertThat(content.answers()).isEqualTo(STORED.answers());
        assertThat(content.source()).isEqualTo(STORED.source());
        assertThat(content.ictCategories()).isEqualTo(STORED.ictCategories());
        assertThat(content.challenges()).isEqualTo(STORED.challenges());
    }

    @Test
    void aNewPractice_isCurated_public_andHasNoAnswers() {
        PracticeForm form = new PracticeForm();
        form.setTitle("New");

        PracticeContent content = form.content();

        assertThat(content.source()).isEqualTo(PracticeSource.curated());
        assertThat(content.answers()).isEmpty();
        assertThat(content.country()).isNull();
        assertThat(content.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void rebase_keepsTheTypedFields_andCarriesTheNewBasesAnswers() {
        PracticeForm form = new PracticeForm();
        form.fill(STORED);
        form.setBody("<p>Typed</p>");
        PracticeContent theirs = new PracticeContent(
                "Theirs",
                "SE",
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                List.of(new PracticeAnswer("3", null, "Another answer.", null, List.of())));

        form.rebase(theirs);

        assertThat(form.content().body()).isEqualTo("<p>Typed</p>");
        assertThat(form.content().answers()).isEqualTo(theirs.answers());
    }
}
