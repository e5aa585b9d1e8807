package org.liaisonhub.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.directory.domain.AcceptedChannel;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.DoubleCriminality;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.directory.domain.ProcedureSheetContent;

class ProcedureAdvisorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static final Authority NPA = Authority.create(
            "se-npa",
            new AuthorityContent(
                    "Swedish Prosecution Authority",
                    null,
                    "SE",
                    AuthorityKind.PROSECUTION,
                    null,
                    null,
                    Set.of(),
                    Set.of(Competence.EIO),
                    null));

    private static ProcedureSheet seEio(LocalDate verified) {
        return ProcedureSheet.create(
                "se-eio",
                new ProcedureSheetContent(
                        "SE",
                        Competence.EIO,
                        "se-npa",
                        List.of(
                                new AcceptedChannel(ChannelType.EMAIL, "to the prosecutor directly"),
                                new AcceptedChannel(ChannelType.SECURE_PLATFORM, "e-EDES")),
                        List.of("sv", "en"),
                        "Swedish or English",
                        false,
                        true,
                        DoubleCriminality.EXCEPT_LISTED_OFFENCES,
                        90,
                        null,
                        "Only for the proceedings named",
                        "https://eur-lex.europa.eu/eli/dir/2014/41/oj",
                        verified,
                        null));
    }

    @Test
    void advice_namesCounterpartFirstChannelLanguageAndRequirements_withAReasonForEach() {
        ProcedureAdvice advice = ProcedureAdvisor.advise(seEio(TODAY.minusMonths(2)), NPA, "en", TODAY);

        assertThat(advice.counterpart().key()).isEqualTo("se-npa");
        assertThat(advice.channel().type()).isEqualTo("EMAIL");
        assertThat(advice.otherChannels())
                .extracting(ProcedureAdvice.AcceptedChannelDetails::type)
                .containsExactly("SECURE_PLATFORM");
        assertThat(advice.languageToUse()).isEqualTo("en");
        assertThat(advice.requestedLanguageAccepted()).isTrue();
        assertThat(advice.eSignatureRequired()).isTrue();
        assertThat(advice.doubleCriminality()).isEqualTo("EXCEPT_LISTED_OFFENCES");
        assertThat(advice.needsVerification()).isFalse();
        assertThat(advice.reasons())
                .extracting(ProcedureAdvice.Reason::code)
                .containsExactly(
                        "counterpart",
                        "firstChannel",
                        "languageAccepted",
                        "eSignature",
                        "doubleCriminality.EXCEPT_LISTED_OFFENCES");
        assertThat(advice.reasons().get(1).text())
                .isEqualTo("Channel: EMAIL, the first of the 2 channels SE accepts, in its order of preference.");
    }

    @Test
    void aLanguageTheCountryDoesNotAccept_isToBeTranslatedIntoItsFirst() {
        ProcedureAdvice advice = ProcedureAdvisor.advise(seEio(TODAY), NPA, "fr", TODAY);

        assertThat(advice.languageToUse()).isEqualTo("sv");
        assertThat(advice.requestedLanguageAccepted()).isFalse();
        assertThat(advice.reasons())
                .extracting(ProcedureAdvice.Reason::text)
                .contains("Language: fr is not accepted; translate into sv (accepted: sv, en).");
    }

    @Test
    void anAuthorityTheViewerMayNotSee_isNotNamed_andAnOldSheetIsFlagged() {
        ProcedureAdvice advice = ProcedureAdvisor.advise(seEio(TODAY.minusMonths(13)), null, null, TODAY);

        assertThat(advice.counterpart()).isNull();
        assertThat(advice.toString()).doesNotContain("Swedish Prosecution Authority", "se-npa");
        assertThat(advice.needsVerification()).isTrue();
        assertThat(advice.reasons())
                .extracting(ProcedureAdvice.Reason::code)
                .contains("counterpartHidden", "firstLanguage", "stale");
    }
}
