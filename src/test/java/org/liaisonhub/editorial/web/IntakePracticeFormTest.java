package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.practices.application.ReviewedIntake;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.intake.MappedAnswer;

class IntakePracticeFormTest {

    @Test
    void aNewForm_isPublic_withNothingTicked() {
        IntakePracticeForm form = new IntakePracticeForm();

        assertThat(form.getVisibility()).isEqualTo("PUBLIC");
        assertThat(form.review(List.of()).ictCategories()).isEmpty();
    }

    @Test
    void theReview_turnsTheChoicesNamesIntoTheirValues_andCarriesTheFieldsAsTyped() {
        IntakePracticeForm form = new IntakePracticeForm();
        form.setTitle(" Sweden ");
        form.setCountry("se");
        form.setRespondent("Åklagarmyndigheten");
        form.setYear(2023);
        form.setSummary("Short.");
        form.setVisibility("MEMBERS");
        form.setIctCategories(List.of("DATABASES", "CASE_MANAGEMENT"));
        form.setChallenges(List.of("OTHER"));
        List<MappedAnswer> answers = List.of(new MappedAnswer("2", "Prompt", "Answer", null, List.of(), true));

        ReviewedIntake review = form.review(answers);

        assertThat(review)
                .isEqualTo(new ReviewedIntake(
                        " Sweden ",
                        "se",
                        "Short.",
                        "Åklagarmyndigheten",
                        2023,
                        Visibility.MEMBERS,
                        java.util.Set.of(IctCategory.DATABASES, IctCategory.CASE_MANAGEMENT),
                        java.util.Set.of(Challenge.OTHER),
                        answers));
    }

    @Test
    void uncheckingEverything_leavesAnEmptyEditableList() {
        IntakePracticeForm form = new IntakePracticeForm();
        form.setChallenges(null);

        form.getChallenges().add("OTHER");

        assertThat(form.getChallenges()).containsExactly("OTHER");
    }
}
