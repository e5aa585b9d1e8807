package org.liaisonhub.practices.domain;

import static org.liaisonhub.catalog.validation.ContentRules.TOO_LONG;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** One answered question of a questionnaire response: the question, the prompt and what was answered. */
@Embeddable
public class PracticeAnswer implements Serializable {

    @Column(name = "question", nullable = false, length = 4)
    @KeywordField
    private String question;

    @Column(name = "prompt", length = 5000)
    @Size(max = 5000, message = TOO_LONG)
    private String prompt;

    @Column(name = "answer", length = 50000)
    @Size(max = 50_000, message = TOO_LONG)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", length = 3)
    private Choice choice;

    @Convert(converter = LinesConverter.class)
    @Column(name = "options", length = 4000)
    private List<@Size(max = 300, message = TOO_LONG) String> options;

    protected PracticeAnswer() {
        // for JPA
    }

    public PracticeAnswer(String question, String prompt, String answer, Choice choice, List<String> options) {
        this.question = Objects.requireNonNull(question);
        this.prompt = prompt;
        this.answer = answer == null ? "" : answer;
        this.choice = choice;
        this.options = options == null ? List.of() : List.copyOf(options);
    }

    public String getQuestion() {
        return question;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getAnswer() {
        return answer == null ? "" : answer;
    }

    public Choice getChoice() {
        return choice;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : List.copyOf(options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PracticeAnswer other
                && question.equals(other.question)
                && Objects.equals(prompt, other.prompt)
                && getAnswer().equals(other.getAnswer())
                && choice == other.choice
                && getOptions().equals(other.getOptions());
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, prompt, getAnswer(), choice, getOptions());
    }

    /** As an editor reads it in a list of changes (editorial history and conflicts). */
    @Override
    public String toString() {
        return question + ": " + getAnswer();
    }
}
