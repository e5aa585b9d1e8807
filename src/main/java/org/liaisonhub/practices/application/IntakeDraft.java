package org.liaisonhub.practices.application;

import java.util.List;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.practices.domain.Challenge;
import org.liaisonhub.practices.intake.Question;
import org.liaisonhub.practices.intake.Questionnaire;
import org.liaisonhub.practices.intake.QuestionnaireMapping;

/**
 * An uploaded questionnaire, read and mapped, as the review page starts from it: the text taken from the file (shown
 * beside the form), the answers question by question with notes for the editor, and the ICT categories (question
 * 1a) and challenges (question 6) that its ticked options name. Nothing of it is stored.
 */
public record IntakeDraft(
        Questionnaire questionnaire,
        String sourceText,
        QuestionnaireMapping mapping,
        List<IctCategory> ictCategories,
        List<Challenge> challenges) {

    public IntakeDraft {
        ictCategories = List.copyOf(ictCategories);
        challenges = List.copyOf(challenges);
    }

    /** The question an answer of the mapping belongs to: whether it asks Yes/No, which options it offers. */
    public Question question(String number) {
        return questionnaire.question(number).orElseThrow(() -> new IllegalArgumentException("no question " + number));
    }
}
