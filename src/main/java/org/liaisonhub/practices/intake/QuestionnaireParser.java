package org.liaisonhub.practices.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the text of an answered questionnaire onto its structure. The text is Markdown-like: paragraphs are
 * separated by blank lines and bold is written {@code **bold**} (that is what {@link DocumentText} makes of
 * DOCX and PDF too). Each question is found by its printed prompt ({@link QuestionLocator}); what follows it up to
 * the next question, less the questionnaire's own template text (option lists, footnotes, section headings,
 * instructions), is the answer ({@link AnswerText}). A Yes/No answer counts only when exactly one of the two is
 * marked ({@link YesNoMark}). What the editor must look at (a question not found, an ambiguous mark) becomes a note.
 */
public final class QuestionnaireParser {

    private final Questionnaire questionnaire;

    public QuestionnaireParser(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public QuestionnaireMapping parse(String text) {
        String source = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        List<MappedAnswer> answers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (QuestionLocator.Located at : QuestionLocator.locate(questionnaire.questions(), source)) {
            Question question = at.question();
            if (!at.found()) {
                answers.add(new MappedAnswer(question.number(), question.prompt(), "", null, List.of(), false));
                notes.add("Question " + question.number() + " was not found in the document.");
                continue;
            }
            String region = source.substring(Math.min(at.promptEnd(), at.regionEnd()), at.regionEnd());
            String choice = null;
            if (question.yesNo()) {
                Optional<YesNoMark> mark = YesNoMark.at(region);
                if (mark.isPresent()) {
                    choice = mark.get().choice();
                    if (mark.get().bothMarked()) {
                        notes.add("Question " + question.number() + ": both Yes and No are marked; left open.");
                    }
                    region = region.substring(mark.get().end());
                }
            }
            AnswerText answer = AnswerText.read(
                    restOfPromptLine(region, at.partialPrompt()), question.options(), questionnaire.boilerplate());
            answers.add(new MappedAnswer(
                    question.number(), question.prompt(), answer.text(), choice, answer.ticked(), true));
        }
        return new QuestionnaireMapping(questionnaire.title(), answers, notes);
    }

    /** When only the beginning of the prompt matched, the rest of its line is prompt too. */
    private static String restOfPromptLine(String region, boolean partialPrompt) {
        if (!partialPrompt) {
            return region;
        }
        int newline = region.indexOf('\n');
        return newline < 0 ? "" : region.substring(newline + 1);
    }
}
