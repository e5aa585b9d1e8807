package org.liaisonhub.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebUrlValidatorTest {

    record Site(@WebUrl String url) {}

    @Test
    void httpAndHttpsAddresses_areValid() {
        assertThat(ContentRules.check(new Site("https://www.eurojust.europa.eu/judicial-cooperation")))
                .isEmpty();
        assertThat(ContentRules.check(new Site("http://example.org"))).isEmpty();
        assertThat(ContentRules.check(new Site(null))).isEmpty();
    }

    @Test
    void otherSchemes_andNoAddress_areRefused() {
        assertThat(ContentRules.check(new Site("javascript:alert(1)")))
                .containsExactly(new RuleViolation("url", "'javascript:alert(1)' is not a valid http(s) address"));
        assertThat(ContentRules.check(new Site("ftp://example.org"))).hasSize(1);
        assertThat(ContentRules.check(new Site("www.example.org"))).hasSize(1);
    }
}
