package org.liaisonhub.practices.application;

import java.io.Serializable;
import java.util.List;

import org.liaisonhub.practices.domain.PracticeAnswer;

/** One answered question, as shown under its number. */
public record AnswerDetails(String question, String prompt, String answer, String choice, List<String> options) implements Serializable {

    static AnswerDetails of(PracticeAnswer a) {
        return new AnswerDetails(a.getQuestion(), a.getPrompt(), a.getAnswer(),
                a.getChoice() == null ? null : a.getChoice().name(), a.getOptions());
    }
}
