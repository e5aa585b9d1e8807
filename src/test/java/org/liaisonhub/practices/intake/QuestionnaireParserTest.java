package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liaisonhub.editorial.application.DemoDataLoader;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.practices.domain.PracticeAnswer;

/** The Swedish answer (shared/data, copied as a fixture) comes through with every answer under its question. */
public class QuestionnaireParserTest {

    public static String sweden() throws IOException {
        try (InputStream in = QuestionnaireParserTest.class.getResourceAsStream(
                "/questionnaires/sweden-2023-ict-international-cooperation.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    final QuestionnaireParser parser = new QuestionnaireParser(Questionnaire.ICT_INTERNATIONAL_COOPERATION);

    @Test
    void sweden_everyQuestionIsFoundInOrder() throws IOException {
        QuestionnaireMapping mapping = parser.parse(sweden());

        assertThat(mapping.answers())
                .extracting(MappedAnswer::question)
                .containsExactly("1", "1a", "2", "3", "4", "4a", "4b", "5", "6", "7", "7a", "8", "8a", "8b", "9");
        assertThat(mapping.answers()).allMatch(MappedAnswer::found);
    }

    @Test
    void sweden_answersLandUnderTheirQuestions() throws IOException {
        QuestionnaireMapping mapping = parser.parse(sweden());

        assertThat(mapping.answer("2").answer())
                .startsWith("I can only answer on the behalf of the Swedish")
                .contains("The European Judicial Network (EJN) is a network of contact points")
                .endsWith("contact information you need to reach the National Anti-corruption.");
        assertThat(mapping.answer("3").answer())
                .startsWith(
                        "The Swedish Prosecution Authority has not developed or is not using any custom made software");
        assertThat(mapping.answer("7a").answer()).isEqualTo("Se my answer below p. 8.a.");
        assertThat(mapping.answer("8a").answer())
                .startsWith("In my opinion the Globe one stop hub")
                .contains("Swedish secrecy laws.");
        assertThat(mapping.answer("9").answer()).startsWith("I believe ICTs in the international cooperation");
        for (String unanswered : List.of("1", "1a", "4", "4a", "4b", "5", "6", "7", "8", "8b")) {
            assertThat(mapping.answer(unanswered).answer())
                    .as("question %s", unanswered)
                    .isEmpty();
        }
    }

    @Test
    void sweden_ambiguousYesNoMarksAreLeftOpenAndNoOptionIsInvented() throws IOException {
        QuestionnaireMapping mapping = parser.parse(sweden());

        assertThat(mapping.answer("4").choice()).as("both Yes and No are bold").isNull();
        assertThat(mapping.answer("8").choice()).isNull();
        assertThat(mapping.answer("1a").options()).isEmpty();
        assertThat(mapping.answer("6").options()).isEmpty();
    }

    @Test
    void sweden_matchesTheHandCuratedDemoEntryWordForWord() throws IOException {
        Map<String, String> curated = ExchangeReader.read(DemoDataLoader.demoDocument()).practices().stream()
                .filter(p -> p.key().equals("se-2023-ict-questionnaire"))
                .findFirst()
                .orElseThrow()
                .content()
                .answers()
                .stream()
                .collect(Collectors.toMap(PracticeAnswer::getQuestion, a -> flat(a.getAnswer())));

        QuestionnaireMapping mapping = parser.parse(sweden());

        for (MappedAnswer answer : mapping.answers()) {
            assertThat(flat(answer.answer()))
                    .as("question %s", answer.question())
                    .isEqualTo(curated.getOrDefault(answer.question(), ""));
        }
    }

    @Test
    void markedChoicesAndOptions_areRead() {
        String text = """
                1. Has the Government used information and communication technologies (ICTs) in the context of
                international cooperation for the implementation of the Convention? **Yes** / No

                a. If yes, which ICTs has the Government used in the context of international cooperation? Please
                choose one or more of the options below:

                - [x] Email/messaging technologies
                - Videoconference platforms/services
                - **Case management systems**
                - ☒ Other, please specify: our own MLA tracker

                2. Please provide additional details of any ICTs that are particularly useful for international
                cooperation based on your experience, including any websites, resources or tools that you
                frequently use and find most useful.

                The EJN Atlas.
                """;

        QuestionnaireMapping mapping = parser.parse(text);

        assertThat(mapping.answer("1").choice()).isEqualTo("YES");
        assertThat(mapping.answer("1a").options())
                .containsExactly(
                        "Email/messaging technologies",
                        "Case management systems",
                        "Other, please specify: our own MLA tracker");
        assertThat(mapping.answer("2").answer()).isEqualTo("The EJN Atlas.");
        assertThat(mapping.answer("9").found()).isFalse();
        assertThat(mapping.notes()).anyMatch(n -> n.contains("Question 9 was not found"));
    }
}
