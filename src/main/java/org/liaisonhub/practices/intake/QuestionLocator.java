package org.liaisonhub.practices.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each question of a questionnaire stands in an answered copy: its printed prompt is looked for in order,
 * ignoring case, accents, markup and line breaks ({@link FoldedText}), each after the one before; a prompt whose
 * wording differs slightly is found by its first 40 characters. What lies between the end of a prompt and the line
 * of the next question found is that question's answer region.
 */
final class QuestionLocator {

    /** How much of a prompt must match when the whole of it does not. */
    private static final int PROMPT_HEAD = 40;

    /**
     * One question's place in the text (offsets into the original text): the prompt from {@code start} to
     * {@code promptEnd}, the answer region up to {@code regionEnd}; {@code partialPrompt} when only the beginning of
     * the prompt matched, so the rest of its line is prompt too.
     */
    record Located(Question question, int start, int promptEnd, int regionEnd, boolean partialPrompt) {

        static Located missing(Question question) {
            return new Located(question, -1, -1, -1, false);
        }

        boolean found() {
            return start >= 0;
        }
    }

    private QuestionLocator() {}

    /** Every question of {@code questions}, in their order, found or {@linkplain Located#found() not}. */
    static List<Located> locate(List<Question> questions, String text) {
        FoldedText folded = FoldedText.of(text);
        int[] starts = new int[questions.size()];
        int[] promptEnds = new int[questions.size()];
        int from = 0;
        for (int i = 0; i < questions.size(); i++) {
            String prompt = FoldedText.fold(questions.get(i).prompt());
            int at = folded.text().indexOf(prompt, from);
            int length = prompt.length();
            if (at < 0) {
                String head = prompt.substring(0, Math.min(PROMPT_HEAD, prompt.length()));
                at = folded.text().indexOf(head, from);
                length = head.length();
            }
            starts[i] = at < 0 ? -1 : folded.original(at);
            promptEnds[i] = at < 0 ? -1 : folded.original(at + length);
            if (at >= 0) {
                from = at + length;
            }
        }
        List<Located> located = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (starts[i] < 0) {
                located.add(Located.missing(question));
                continue;
            }
            int end = text.length();
            for (int j = i + 1; j < questions.size(); j++) {
                if (starts[j] >= 0) {
                    end = lineStart(text, starts[j]);
                    break;
                }
            }
            boolean partial = promptEnds[i] - starts[i]
                    < FoldedText.fold(question.prompt()).length();
            located.add(new Located(question, starts[i], promptEnds[i], end, partial));
        }
        return located;
    }

    /** Where the next question's line starts: its own numbering ("8.", "- a.") belongs to it, not to this answer. */
    static int lineStart(String text, int index) {
        int newline = text.lastIndexOf('\n', index - 1);
        int start = newline + 1;
        return text.substring(start, index).matches("[\\s\\-•*]*(?:\\d+\\.|[a-z]\\.)?\\s*") ? start : index;
    }
}
