package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaisonhub.directory.domain.Availability;
import org.liaisonhub.testing.ExchangeJson;

/** Urgent requests (issue 17): availability in the exchange format, optional, round-tripped, judged by the rules. */
class AvailabilityExchangeTest {

    private static ExchangeJson withAuthority(Object availability) {
        return ExchangeJson.document().authority("se-npa", a -> {
            a.name("Swedish Police Authority").country("SE").kind("POLICE");
            if (availability != null) {
                a.set("availability", availability);
            }
        });
    }

    @Test
    void availability_isReadFromAuthoritiesAndContacts_andWrittenBackTheSame() {
        ExchangeDocument original = ExchangeReader.read(withAuthority(Map.of("officeHours", "Mon-Fri 08:00-16:00"))
                .contact("ncb", c -> c.authority("se-npa")
                        .role("INTERPOL NCB Stockholm")
                        .set("availability", Map.of("aroundTheClock", true, "timeZone", "Europe/Stockholm")))
                .toJson());

        assertThat(original.authorities().get(0).content().availability())
                .isEqualTo(Availability.of(false, "Mon-Fri 08:00-16:00", null));
        assertThat(original.contacts().get(0).content().availability())
                .isEqualTo(Availability.of(true, null, "Europe/Stockholm"));
        ExchangeDocument again =
                ExchangeReader.read(ExchangeWriter.write(original).toString());
        assertThat(again.authorities().get(0).content())
                .isEqualTo(original.authorities().get(0).content());
        assertThat(again.contacts().get(0).content())
                .isEqualTo(original.contacts().get(0).content());
        assertThat(original.contacts().get(0).gives("availability")).isTrue();
    }

    @Test
    void aFileWithoutAvailability_stillImports_andIsWrittenWithoutTheMember() {
        ExchangeDocument old =
                ExchangeReader.read(withAuthority(null).version(1).toJson());

        assertThat(old.authorities().get(0).content().availability()).isSameAs(Availability.NONE);
        assertThat(ExchangeWriter.write(old).getJsonArray("authorities").getJsonObject(0))
                .doesNotContainKey("availability");
    }

    @Test
    void badAvailability_isRefusedWithEveryProblemByField() {
        String document = withAuthority(Map.of(
                        "aroundTheClock", "yes", "officeHours", "weekdays", "timeZone", "CET+1", "holidays", "none"))
                .toJson();

        assertThatThrownBy(() -> ExchangeReader.read(document))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .contains(
                                "availability.aroundTheClock",
                                "availability.holidays",
                                "availability.officeHours",
                                "availability.timeZone"));
    }
}
