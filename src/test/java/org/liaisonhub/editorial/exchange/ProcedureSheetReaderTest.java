package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.AcceptedChannel;
import org.liaisonhub.directory.domain.ChannelType;
import org.liaisonhub.directory.domain.DoubleCriminality;
import org.liaisonhub.directory.domain.ProcedureSheetContent;

class ProcedureSheetReaderTest {

    private final List<Problem> problems = new ArrayList<>();

    private FieldReader record(String json) {
        return new FieldReader(
                "procedures",
                "se-eio",
                Json.createReader(new StringReader(json)).readObject(),
                problems);
    }

    @Test
    void procedure_readsEveryMember_keepingTheChannelsInTheCountrysOrder() {
        ProcedureSheetContent p = ProcedureSheetReader.procedure(record("""
                {"key": "se-eio", "country": "SE", "request": "EIO", "authority": "se-npa",
                 "channels": [{"type": "EMAIL", "detail": "to the prosecutor"}, {"type": "SECURE_PLATFORM"},
                              {"type": "EMAIL", "detail": "to the prosecutor"}],
                 "languages": ["sv", "en"], "encryptionRequired": false, "eSignatureRequired": true,
                 "doubleCriminality": "EXCEPT_LISTED_OFFENCES", "timeLimitDays": 90, "visibility": "MEMBERS"}"""));

        assertThat(problems).isEmpty();
        assertThat(p.country()).isEqualTo("SE");
        assertThat(p.request()).isEqualTo(Competence.EIO);
        assertThat(p.authorityKey()).isEqualTo("se-npa");
        assertThat(p.channels())
                .as("a repeated channel once")
                .containsExactly(
                        new AcceptedChannel(ChannelType.EMAIL, "to the prosecutor"),
                        new AcceptedChannel(ChannelType.SECURE_PLATFORM, null));
        assertThat(p.languages()).containsExactly("sv", "en");
        assertThat(p.encryptionRequired()).isFalse();
        assertThat(p.eSignatureRequired()).isTrue();
        assertThat(p.doubleCriminality()).isEqualTo(DoubleCriminality.EXCEPT_LISTED_OFFENCES);
        assertThat(p.timeLimitDays()).isEqualTo(90);
        assertThat(p.visibility()).isEqualTo(Visibility.MEMBERS);
    }

    @Test
    void procedure_refusesAMalformedAuthorityKey_channelsWithoutType_andUnknownMembers() {
        ProcedureSheetContent p = ProcedureSheetReader.procedure(record("""
                {"country": "SE", "request": "EIO", "authority": "Not A Key", "fee": 0,
                 "channels": [{"detail": "x"}, "email", {"type": "PIGEON"}, {"type": "EMAIL", "address": "a"}],
                 "timeLimitDays": 0}"""));

        assertThat(p.channels())
                .as("the last channel is read, its unknown member refused")
                .containsExactly(new AcceptedChannel(ChannelType.EMAIL, null));
        assertThat(problems)
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "fee",
                        "authority",
                        "channels[0].type",
                        "channels[1]",
                        "channels[2].type",
                        "channels[3].address",
                        "timeLimitDays");
        assertThat(problems)
                .extracting(Problem::field, Problem::message)
                .contains(
                        tuple("authority", "'Not A Key' is not a valid authority key"),
                        tuple("channels[1]", "must be an object {type, detail}"));
    }
}
