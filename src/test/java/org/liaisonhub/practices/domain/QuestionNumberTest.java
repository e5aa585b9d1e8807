package org.liaisonhub.practices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionNumberTest {

    @Test
    void order_putsSubQuestionsAfterTheirQuestionAndTenAfterNine() {
        List<String> questions = new ArrayList<>(List.of("9", "10", "1a", "2", "1", "8b", "8a", "8"));
        questions.sort(QuestionNumber.ORDER);
        assertThat(questions).containsExactly("1", "1a", "2", "8", "8a", "8b", "9", "10");
    }

    @Test
    void isValid_acceptsTheQuestionnairesNumberingOnly() {
        assertThat(List.of("1", "1a", "9", "12b")).allMatch(QuestionNumber::isValid);
        assertThat(List.of("0", "1A", "Q1", "1aa", "", "100")).noneMatch(QuestionNumber::isValid);
    }
}
