package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

    private static final List<String> OPTIONS = List.of(
            "Email/messaging technologies",
            "Databases (Corporation registries, Register for beneficial ownership)",
            "Secure information exchange/communication platforms (GlobE Threema, INTERPOL I 24/7, EUROPOL SIENA)",
            "Other, please specify:");
    private static final List<String> BOILERPLATE = List.of("III. Challenges", "Please elaborate as necessary");

    @Test
    void markedOptions_areTicked_withoutTheirExamples_andLeftOutOfTheAnswer() {
        AnswerText answer = AnswerText.read("""
                - [x] Email/messaging technologies
                - **Databases (Corporation registries, Register for beneficial ownership)**
                - Secure information exchange/communication platforms (GlobE Threema, INTERPOL I 24/7, EUROPOL SIENA)
                - ☒ Other, please specify: our own **MLA tracker**

                We mostly use e-mail.
                """, OPTIONS, BOILERPLATE);

        assertThat(answer.ticked())
                .containsExactly(
                        "Email/messaging technologies", "Databases", "Other, please specify: our own MLA tracker");
        assertThat(answer.text()).isEqualTo("We mostly use e-mail.");
    }

    @Test
    void anOptionWrappedOverLines_isOneOption() {
        AnswerText answer = AnswerText.read("""
                ☒ Secure information exchange/communication
                platforms (GlobE Threema, INTERPOL I 24/7,
                EUROPOL SIENA)
                Threema mostly.
                """, OPTIONS, BOILERPLATE);

        assertThat(answer.ticked()).containsExactly("Secure information exchange/communication platforms");
        assertThat(answer.text()).isEqualTo("Threema mostly.");
    }

    @Test
    void templateTextFootnotesHeadingsAndALoneYesNo_areNotTheAnswer() {
        AnswerText answer = AnswerText.read("""
                Please elaborate as necessary

                Yes / No

                The EJN Atlas,
                and the Globe hub.

                ¹ A footnote of the questionnaire
                that goes on.

                III. Challenges

                IV. Something printed as a heading

                Funding.
                """, OPTIONS, BOILERPLATE);

        assertThat(answer.text()).isEqualTo("The EJN Atlas,\nand the Globe hub.\n\nFunding.");
        assertThat(answer.ticked()).isEmpty();
    }
}
