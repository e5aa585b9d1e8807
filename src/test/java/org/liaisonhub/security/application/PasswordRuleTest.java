package org.liaisonhub.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRuleTest {

    @ParameterizedTest(name = "{1} for {0}: strong enough = {2}")
    @CsvSource({
        "alice, short1!, false",
        "alice, onlyletterslong, false",
        "alice, 1234567890123, false",
        "alice, my-alice-pass-1, false",
        "alice, MY-ALICE-PASS-1, false",
        "alice, correct horse battery, true",
        "alice, a-good-pass-42, true",
        "bob, member-demo, true"
    })
    void weakness_namesWhatIsMissing(String user, String password, boolean strong) {
        assertThat(PasswordRule.weakness(user, password).isEmpty()).isEqualTo(strong);
    }
}
