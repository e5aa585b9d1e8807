package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionLocatorTest {

    private static final List<Question> QUESTIONS = List.of(
            Question.yesNo("1", "Has the Government used information and communication technologies?"),
            Question.open(
                    "2",
                    "Please provide additional details of any ICTs that are particularly useful for "
                            + "international cooperation."),
            Question.open("3", "Please describe any challenges."));

    private static String regionOf(String text, QuestionLocator.Located at) {
        return text.substring(at.promptEnd(), at.regionEnd());
    }

    @Test
    void eachQuestionsRegion_runsToTheLineOfTheNextQuestion_itsNumberIncluded() {
        String text = """
                1. Has the **Government** used information and
                communication technologies? Yes / No

                2. Please provide additional details of any ICTs that are particularly useful for international
                cooperation.

                The EJN Atlas.

                3. Please describe any challenges.
                None.
                """;

        List<QuestionLocator.Located> located = QuestionLocator.locate(QUESTIONS, text);

        assertThat(located).allMatch(QuestionLocator.Located::found).noneMatch(QuestionLocator.Located::partialPrompt);
        assertThat(regionOf(text, located.get(0))).isEqualTo(" Yes / No\n\n");
        assertThat(regionOf(text, located.get(1))).isEqualTo("\n\nThe EJN Atlas.\n\n");
        assertThat(regionOf(text, located.get(2))).isEqualTo("\nNone.\n");
    }

    @Test
    void aPromptWordedDifferently_isFoundByItsBeginning_andMarkedPartial() {
        String text = """
                2. Please provide additional details of any ICTs which you find useful.
                The EJN Atlas.
                """;

        List<QuestionLocator.Located> located = QuestionLocator.locate(QUESTIONS, text);

        assertThat(located.get(0).found()).isFalse();
        assertThat(located.get(1).found()).isTrue();
        assertThat(located.get(1).partialPrompt()).isTrue();
        assertThat(located.get(2).found()).isFalse();
    }

    @Test
    void questionsAreLookedForInOrder_soAnEarlierMentionIsNotTaken() {
        String text = """
                Please describe any challenges.
                1. Has the Government used information and communication technologies? Yes / No
                3. Please describe any challenges.
                Funding.
                """;

        List<QuestionLocator.Located> located = QuestionLocator.locate(QUESTIONS, text);

        assertThat(regionOf(text, located.get(2))).isEqualTo("\nFunding.\n");
    }

    @Test
    void lineStart_takesTheQuestionsNumberingWithIt_butNotOtherText() {
        assertThat(QuestionLocator.lineStart("end.\n- a. What", 10)).isEqualTo(5);
        assertThat(QuestionLocator.lineStart("end.\n8. What", 8)).isEqualTo(5);
        assertThat(QuestionLocator.lineStart("end.\nSee What", 9)).isEqualTo(9);
    }
}
