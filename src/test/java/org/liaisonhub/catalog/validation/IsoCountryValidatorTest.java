package org.liaisonhub.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoCountryValidatorTest {

    record Office(@IsoCountry String country) {}

    @Test
    void isCountry_knowsTheIsoCodesInUpperCaseOnly() {
        assertThat(IsoCountryValidator.isCountry("SE")).isTrue();
        assertThat(IsoCountryValidator.isCountry("se")).isFalse();
        assertThat(IsoCountryValidator.isCountry("XX")).isFalse();
        assertThat(IsoCountryValidator.isCountry(null)).isFalse();
    }

    @Test
    void anUnknownCode_isRefusedQuotingIt() {
        assertThat(ContentRules.check(new Office("XX")))
                .containsExactly(new RuleViolation(
                        "country", "'XX' is not an ISO 3166-1 country code (two capital letters, e.g. SE)"));
        assertThat(ContentRules.check(new Office("BR"))).isEmpty();
        assertThat(ContentRules.check(new Office(null)))
                .as("required is another rule")
                .isEmpty();
    }
}
