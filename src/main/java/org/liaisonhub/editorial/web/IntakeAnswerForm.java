package org.liaisonhub.editorial.web;

import java.io.Serializable;
import java.util.List;
import org.liaisonhub.practices.intake.MappedAnswer;
import org.liaisonhub.practices.intake.Question;

/**
 * The review form's fields for one question of an uploaded questionnaire, as the editor corrects them: answer text,
 * Yes/No, ticked options (one per line). It starts from the intake's {@link MappedAnswer} and gives one back.
 */
public class IntakeAnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String question;
    private final String prompt;
    private final boolean yesNo;
    private final List<String> offered;
    private final boolean found;
    private String answer;
    private String choice;
    private String options;

    IntakeAnswerForm(Question asked, MappedAnswer mapped) {
        this.question = mapped.question();
        this.prompt = mapped.prompt();
        this.yesNo = asked.yesNo();
        this.offered = List.copyOf(asked.options());
        this.found = mapped.found();
        this.answer = mapped.answer();
        this.choice = mapped.choice();
        this.options = String.join("\n", mapped.options());
    }

    /** The answer as the editor left it. */
    MappedAnswer corrected() {
        return new MappedAnswer(question, prompt, answer, choice, optionList(), found);
    }

    public String getQuestion() {
        return question;
    }

    public String getPrompt() {
        return prompt;
    }

    public boolean isYesNo() {
        return yesNo;
    }

    public List<String> getOffered() {
        return offered;
    }

    public boolean isFound() {
        return found;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    private List<String> optionList() {
        return options == null
                ? List.of()
                : options.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
