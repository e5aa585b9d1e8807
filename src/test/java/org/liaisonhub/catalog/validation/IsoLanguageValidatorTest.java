package org.liaisonhub.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IsoLanguageValidatorTest {

    record Desk(Set<@IsoLanguage String> languages) {}

    @Test
    void isLanguage_knowsTheIsoCodesInLowerCaseOnly() {
        assertThat(IsoLanguageValidator.isLanguage("ar")).isTrue();
        assertThat(IsoLanguageValidator.isLanguage("EN")).isFalse();
        assertThat(IsoLanguageValidator.isLanguage("english")).isFalse();
        assertThat(IsoLanguageValidator.isLanguage(null)).isFalse();
    }

    @Test
    void eachUnknownCodeOfASet_isRefusedOnTheSet_quotingIt() {
        assertThat(ContentRules.check(new Desk(Set.of("en", "english", "xx"))))
                .extracting(RuleViolation::message)
                .containsExactly(
                        "'english' is not an ISO 639-1 language code (two lower-case letters, e.g. en)",
                        "'xx' is not an ISO 639-1 language code (two lower-case letters, e.g. en)");
        assertThat(ContentRules.check(new Desk(Set.of("en", "english"))))
                .extracting(RuleViolation::path)
                .containsExactly("languages");
    }
}
