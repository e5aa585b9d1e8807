package org.liaisonhub.practices.intake;

import java.util.List;

/**
 * What the parser found for one question: the answer text (paragraphs separated by a blank line), the
 * Yes/No answer if exactly one was marked, the options marked, and whether the question was found at all.
 */
public record MappedAnswer(
        String question, String prompt, String answer, String choice, List<String> options, boolean found) {

    public MappedAnswer {
        options = List.copyOf(options);
    }
}
