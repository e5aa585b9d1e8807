package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AcceptedChannel;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.DoubleCriminality;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;

class ProcedureSheetFormTest {

    static final ProcedureSheetContent STORED = new ProcedureSheetContent(
            "SE",
            Competence.EIO,
            "se-prosecution",
            List.of(
                    new AcceptedChannel(ChannelType.EMAIL, "to the regional prosecution office"),
                    new AcceptedChannel(ChannelType.SIENA, null)),
            List.of("sv", "en", "da"),
            "Swedish, English, Danish or Norwegian",
            false,
            true,
            DoubleCriminality.EXCEPT_LISTED_OFFENCES,
            90,
            "90 days for the decision",
            "Only for the proceedings named",
            "https://example.org/eio-form.pdf",
            LocalDate.of(2026, 3, 31),
            Visibility.MEMBERS);

    @Test
    void aStoredSheet_comesBackUnchanged_throughTheForm_listsInTheirOrder() {
        ProcedureSheetForm form = new ProcedureSheetForm();
        form.fill(STORED);

        assertThat(form.content()).isEqualTo(STORED);
        assertThat(form.type()).isEqualTo(EntryType.PROCEDURE);
        assertThat(form.getChannels()).isEqualTo("EMAIL: to the regional prosecution office\nSIENA");
        assertThat(form.getLanguages()).isEqualTo("sv, en, da");
        assertThat(form.getEncryptionRequired()).isEqualTo("false");
        assertThat(form.getESignatureRequired()).isEqualTo("true");
        assertThat(form.getLastVerified()).isEqualTo("2026-03-31");
    }

    @Test
    void whatTheEditorTypes_becomesTheContent() {
        ProcedureSheetForm form = new ProcedureSheetForm();
        form.setCountry(" br ");
        form.setRequest("ASSET_RECOVERY");
        form.setAuthorityKey("br-drci");
        form.setChannels("\n i24-7 : through the NCB \r\ne-mail\nemail:   \n");
        form.setLanguages("pt; en");
        form.setEncryptionRequired("");
        form.setDoubleCriminality("");
        form.setTimeLimitDays(" 30 ");
        form.setLastVerified("");

        ProcedureSheetContent content = form.content();

        assertThat(content.country()).isEqualTo("BR");
        assertThat(content.request()).isEqualTo(Competence.ASSET_RECOVERY);
        assertThat(content.channels())
                .containsExactly(
                        new AcceptedChannel(ChannelType.I24_7, "through the NCB"),
                        new AcceptedChannel(ChannelType.EMAIL, null),
                        new AcceptedChannel(ChannelType.EMAIL, null));
        assertThat(content.languages()).containsExactly("pt", "en");
        assertThat(content.encryptionRequired()).isNull();
        assertThat(content.doubleCriminality()).isNull();
        assertThat(content.timeLimitDays()).isEqualTo(30);
        assertThat(content.lastVerified()).isNull();
        assertThat(content.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void textThatCannotBeRead_isRefused_withAProblemOnEachField() {
        ProcedureSheetForm form = new ProcedureSheetForm();
        form.fill(STORED);
        form.setChannels("SIENA\ncarrier pigeon: weekly");
        form.setTimeLimitDays("ninety");
        form.setLastVerified("31/03/2026");

        assertThatThrownBy(form::content).isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(
                        e.problems())
                .extracting(Problem::field, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "channels",
                                "'carrier pigeon' is not a channel; use one of [EMAIL, PHONE, GLOBE_THREEMA,"
                                        + " SIENA, I24_7, ESW, SECURE_PLATFORM, OTHER], then ':' and what to"
                                        + " know about it"),
                        org.assertj.core.groups.Tuple.tuple("timeLimitDays", "'ninety' is not a whole number of days"),
                        org.assertj.core.groups.Tuple.tuple(
                                "lastVerified", "'31/03/2026' is not a date such as 2026-03-31")));
    }

    @Test
    void aHugeTypedValue_isQuotedShortened_inItsMessage() {
        ProcedureSheetForm form = new ProcedureSheetForm();
        form.setTimeLimitDays("9".repeat(5000));

        assertThatThrownBy(form::content).isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(
                        e.problems().get(0).message())
                .hasSizeLessThan(120));
    }

    @Test
    void theMenus_offerEveryKindOfRequest_andUnknownDoubleCriminalityFirst() {
        ProcedureSheetForm form = new ProcedureSheetForm();

        assertThat(form.getRequests()).hasSize(Competence.values().length).contains("EIO");
        assertThat(form.getDoubleCriminalities()).first().isEqualTo("");
        assertThat(form.getDoubleCriminalities()).hasSize(DoubleCriminality.values().length + 1);
    }
}
