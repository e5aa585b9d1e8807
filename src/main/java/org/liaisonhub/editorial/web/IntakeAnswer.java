package org.liaisonhub.editorial.web;

import java.io.Serializable;
import java.util.List;

/** One question of an uploaded questionnaire as the editor corrects it: answer text, Yes/No, ticked options (one per line). */
public class IntakeAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String question;
    private final String prompt;
    private final boolean yesNo;
    private final List<String> offered;
    private final boolean found;
    private String answer;
    private String choice;
    private String options;

    IntakeAnswer(String question, String prompt, boolean yesNo, List<String> offered, boolean found, String answer,
            String choice, List<String> options) {
        this.question = question;
        this.prompt = prompt;
        this.yesNo = yesNo;
        this.offered = List.copyOf(offered);
        this.found = found;
        this.answer = answer;
        this.choice = choice;
        this.options = String.join("\n", options);
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

    List<String> optionList() {
        return options == null ? List.of() : options.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
