package org.liaisonhub.practices.application;

import java.io.Serializable;
import java.util.List;

import org.liaisonhub.practices.domain.PracticeAnswer;

/** One answered question, as shown under its number. */
public record AnswerView(String question, String prompt, String answer, String choice, List<String> options) implements Serializable {

    static AnswerView of(PracticeAnswer a) {
        return new AnswerView(a.getQuestion(), a.getPrompt(), a.getAnswer(),
                a.getChoice() == null ? null : a.getChoice().name(), a.getOptions());
    }
}
