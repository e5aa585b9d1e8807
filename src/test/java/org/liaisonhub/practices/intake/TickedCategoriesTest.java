package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.practices.domain.Challenge;

class TickedCategoriesTest {

    private static final Questionnaire ICT = Questionnaire.ICT_INTERNATIONAL_COOPERATION;

    @Test
    void optionsTickedIn1a_becomeIctCategories_otherWithItsTextIncluded() {
        List<IctCategory> categories = TickedCategories.ictCategories(
                ICT,
                List.of(
                        "Email/messaging technologies",
                        "Case management systems",
                        "Other, please specify: our own MLA tracker",
                        "Secure information exchange/communication platforms (GlobE Threema, INTERPOL I 24/7, EUROPOL SIENA)"));

        assertThat(categories)
                .containsExactly(
                        IctCategory.EMAIL_MESSAGING,
                        IctCategory.CASE_MANAGEMENT,
                        IctCategory.OTHER,
                        IctCategory.SECURE_EXCHANGE_PLATFORM);
    }

    @Test
    void optionsTickedIn6_becomeChallenges_unknownTextIsIgnored() {
        List<Challenge> challenges = TickedCategories.challenges(
                ICT,
                List.of(
                        "Lack of resources",
                        "Reluctance from foreign counterparts to use ICTs",
                        "Something the questionnaire never offered"));

        assertThat(challenges).containsExactly(Challenge.LACK_OF_RESOURCES, Challenge.COUNTERPART_RELUCTANCE);
    }

    @Test
    void theParsedAnswerFeedsTheMapping() {
        String text = """
                1. Has the Government used information and communication technologies (ICTs) in the context of
                international cooperation for the implementation of the Convention? **Yes** / No

                a. If yes, which ICTs has the Government used in the context of international cooperation? Please
                choose one or more of the options below:

                - [x] Translation software
                - Videoconference platforms/services
                - **Case management systems**
                - [x] Databases (Corporation registries, Register for beneficial ownership)
                """;
        QuestionnaireMapping mapping = new QuestionnaireParser(ICT).parse(text);

        assertThat(TickedCategories.ictCategories(ICT, mapping.answer("1a").options()))
                .containsExactly(IctCategory.TRANSLATION_SOFTWARE, IctCategory.CASE_MANAGEMENT, IctCategory.DATABASES);
    }
}
