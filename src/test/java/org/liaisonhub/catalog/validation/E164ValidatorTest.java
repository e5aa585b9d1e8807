package org.liaisonhub.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class E164ValidatorTest {

    record Desk(@E164 String phone) {}

    @Test
    void aNumberInE164_andNoNumber_areValid() {
        assertThat(ContentRules.check(new Desk("+46104435000"))).isEmpty();
        assertThat(ContentRules.check(new Desk(null))).isEmpty();
    }

    @Test
    void anUnreadableNumber_isRefusedWithHowToWriteIt() {
        assertThat(ContentRules.check(new Desk("12 x")))
                .containsExactly(new RuleViolation(
                        "phone",
                        "'12 x' is not a phone number; write it with '+' and the country code, e.g. +46 10 443 50 00"));
    }

    @Test
    void aNationalNumber_isRefused_forNoRegionIsKnownHere() {
        assertThat(ContentRules.check(new Desk("010-443 50 00")))
                .singleElement()
                .extracting(RuleViolation::message)
                .asString()
                .contains("'010-443 50 00'", "'+'");
    }

    @Test
    void anImpossibleNumber_isRefusedAsSuch() {
        assertThat(ContentRules.check(new Desk("+46 123")))
                .containsExactly(
                        new RuleViolation("phone", "'+46 123' is not a possible phone number for its country code"));
    }

    @Test
    void aPossibleNumberWrittenWithSpaces_isNotWhatIsStored() {
        assertThat(ContentRules.check(new Desk("+46 10 443 50 00")))
                .singleElement()
                .extracting(RuleViolation::message)
                .asString()
                .contains("E.164");
    }
}
