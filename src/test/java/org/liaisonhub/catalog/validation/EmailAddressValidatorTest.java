package org.liaisonhub.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressValidatorTest {

    record Desk(@EmailAddress String email) {}

    @Test
    void aSyntacticallyValidAddress_isValid() {
        assertThat(ContentRules.check(new Desk("mla@aklagare.se"))).isEmpty();
        assertThat(ContentRules.check(new Desk(null))).isEmpty();
    }

    @Test
    void anAddressWithoutDomain_aLocalAddressAndAnUnknownTopLevelDomain_areRefused() {
        assertThat(ContentRules.check(new Desk("mla(at)example")))
                .containsExactly(new RuleViolation("email", "'mla(at)example' is not a valid e-mail address"));
        assertThat(ContentRules.check(new Desk("desk@localhost"))).hasSize(1);
        assertThat(ContentRules.check(new Desk("desk@example.invalidtld"))).hasSize(1);
    }

    @Test
    void theQuotedValue_isTakenLiterally_neverAsAMessageTemplate() {
        assertThat(ContentRules.check(new Desk("{max}${1+1}\\@x")))
                .singleElement()
                .extracting(RuleViolation::message)
                .isEqualTo("'{max}${1+1}\\@x' is not a valid e-mail address");
    }
}
