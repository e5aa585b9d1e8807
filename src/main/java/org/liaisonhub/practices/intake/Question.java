package org.liaisonhub.practices.intake;

import java.util.List;

/**
 * One question of a questionnaire: its number, the prompt as printed (which the parser strips from the
 * answer), whether it asks Yes/No, and the options it lists, if any.
 */
public record Question(String number, String prompt, boolean yesNo, List<String> options) {

    public Question {
        options = List.copyOf(options);
    }

    static Question open(String number, String prompt) {
        return new Question(number, prompt, false, List.of());
    }

    static Question yesNo(String number, String prompt) {
        return new Question(number, prompt, true, List.of());
    }
}
