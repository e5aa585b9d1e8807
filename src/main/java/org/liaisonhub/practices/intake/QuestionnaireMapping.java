package org.liaisonhub.practices.intake;

import java.util.List;

/** A questionnaire mapped question by question, with notes for the editor who reviews it. */
public record QuestionnaireMapping(String questionnaire, List<MappedAnswer> answers, List<String> notes) {

    public QuestionnaireMapping {
        answers = List.copyOf(answers);
        notes = List.copyOf(notes);
    }

    public MappedAnswer answer(String question) {
        return answers.stream()
                .filter(a -> a.question().equals(question))
                .findFirst()
                .orElseThrow();
    }
}
