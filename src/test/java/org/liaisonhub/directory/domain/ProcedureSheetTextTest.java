package org.liaisonhub.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;

class ProcedureSheetTextTest {

    private static ProcedureSheetContent sheet(
            String country, Competence request, List<AcceptedChannel> channels, Boolean encryption) {
        return new ProcedureSheetContent(
                country,
                request,
                "auth",
                channels,
                List.of("sv", "en"),
                "Translations into English are accepted",
                encryption,
                null,
                DoubleCriminality.COERCIVE_MEASURES_ONLY,
                45,
                null,
                "Only in the proceedings named in the request",
                null,
                null,
                Visibility.PUBLIC);
    }

    @Test
    void theTitle_namesTheCountryInEnglish_andTheKindOfRequest() {
        assertThat(ProcedureSheetText.title(sheet("SE", Competence.EIO, List.of(), null)))
                .isEqualTo("Sweden: European Investigation Order (EIO)");
        assertThat(ProcedureSheetText.title(sheet("BR", Competence.ASSET_RECOVERY, List.of(), null)))
                .isEqualTo("Brazil: Asset recovery");
    }

    @Test
    void theSummary_saysTheChannelsInOrder_andOnlyTheRequirementsThatAreKnown() {
        String summary = ProcedureSheetText.summary(sheet(
                "SE",
                Competence.MLA,
                List.of(new AcceptedChannel(ChannelType.SIENA, null), new AcceptedChannel(ChannelType.EMAIL, "x")),
                true));

        assertThat(summary)
                .isEqualTo("Channels: SIENA, e-mail. Languages: sv, en. Encryption required. Double criminality:"
                        + " coercive measures only. Time limit: 45 days.");
        assertThat(summary).doesNotContain("signature");
    }

    @Test
    void theSearchText_holdsTheNotes_andTheChannelDetails_butNoBlanks() {
        List<String> texts = ProcedureSheetText.searchText(sheet(
                "FR",
                Competence.EXTRADITION,
                List.of(new AcceptedChannel(ChannelType.OTHER, "diplomatic note")),
                null));

        assertThat(texts)
                .doesNotContain("France: Extradition")
                .contains(
                        "procedure sheet",
                        "diplomatic note",
                        "Translations into English are accepted",
                        "Only in the proceedings named in the request")
                .noneMatch(String::isBlank);
    }

    @Test
    void aSheet_isTheFifthKindOfEntry_andKeepsItsStatusAndVisibility() {
        ProcedureSheet created = ProcedureSheet.create("se-mla", sheet("SE", Competence.MLA, List.of(), null));
        created.startAs(org.liaisonhub.catalog.PublicationStatus.DRAFT);

        assertThat(created.entryType()).isEqualTo(EntryType.PROCEDURE);
        assertThat(created.getTypeCode()).isEqualTo("procedure");
        assertThat(created.getStatus()).isEqualTo(org.liaisonhub.catalog.PublicationStatus.DRAFT);
        assertThat(created.getTitle()).isEqualTo("Sweden: Mutual legal assistance (MLA)");
        assertThat(created.revise(created.content()))
                .as("same content changes nothing")
                .isFalse();
    }
}
