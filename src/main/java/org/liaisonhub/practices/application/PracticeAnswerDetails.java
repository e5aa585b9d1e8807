package org.liaisonhub.practices.application;

import java.io.Serializable;
import java.util.List;
import org.liaisonhub.practices.domain.PracticeAnswer;

/**
 * One answered question of a good practice ({@link PracticeAnswer}), as the pages and the API show it under its
 * number.
 */
public record PracticeAnswerDetails(String question, String prompt, String answer, String choice, List<String> options)
        implements Serializable {

    static PracticeAnswerDetails of(PracticeAnswer a) {
        return new PracticeAnswerDetails(
                a.getQuestion(),
                a.getPrompt(),
                a.getAnswer(),
                a.getChoice() == null ? null : a.getChoice().name(),
                a.getOptions());
    }
}
