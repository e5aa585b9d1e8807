package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.practices.intake.MappedAnswer;
import org.liaisonhub.practices.intake.Question;
import org.liaisonhub.practices.intake.Questionnaire;

class IntakeAnswerFormTest {

    private static final Question ICTS =
            Questionnaire.ICT_INTERNATIONAL_COOPERATION.question("1a").orElseThrow();

    @Test
    void theFormShowsTheMappedAnswer_withTicksOnePerLine_andWhatTheQuestionOffers() {
        IntakeAnswerForm form = new IntakeAnswerForm(
                ICTS,
                new MappedAnswer(
                        "1a",
                        ICTS.prompt(),
                        "Mostly e-mail.",
                        null,
                        List.of("Email/messaging technologies", "Case management systems"),
                        true));

        assertThat(form.getOptions()).isEqualTo("Email/messaging technologies\nCase management systems");
        assertThat(form.getOffered()).isEqualTo(ICTS.options());
        assertThat(form.isYesNo()).isFalse();
        assertThat(form.isFound()).isTrue();
    }

    @Test
    void theCorrectedAnswer_takesTheEditorsText_choice_andNonBlankOptionLines() {
        IntakeAnswerForm form =
                new IntakeAnswerForm(ICTS, new MappedAnswer("1a", ICTS.prompt(), "", null, List.of(), false));
        form.setAnswer("Threema, mostly.");
        form.setChoice("YES");
        form.setOptions("  Databases \r\n\n   \nOther, please specify: our tracker\n");

        MappedAnswer corrected = form.corrected();

        assertThat(corrected)
                .isEqualTo(new MappedAnswer(
                        "1a",
                        ICTS.prompt(),
                        "Threema, mostly.",
                        "YES",
                        List.of("Databases", "Other, please specify: our tracker"),
                        false));
        form.setOptions(null);
        assertThat(form.corrected().options()).isEmpty();
    }
}
