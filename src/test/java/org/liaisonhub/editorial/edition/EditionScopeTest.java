package org.liaisonhub.editorial.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.liaisonhub.editorial.domain.Edition;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.Keyed;

class EditionScopeTest {

    private static final ExchangeDocument DEMO = DemoDocument.read();

    @Test
    void all_isTheWholeExport() {
        assertThat(EditionScope.all().apply(DEMO)).isSameAs(DEMO);
        assertThat(new EditionScope(Edition.Scope.ALL, "ignored").value()).isNull();
    }

    @Test
    void country_holdsItsAuthorities_theirContacts_itsPractices_andTheNetworksTheyName() {
        ExchangeDocument se = new EditionScope(Edition.Scope.COUNTRY, " se ").apply(DEMO);

        assertThat(se.authorities())
                .isNotEmpty()
                .allMatch(a -> a.content().country().equals("SE"));
        assertThat(se.contacts())
                .extracting(Keyed::key)
                .contains("se-rmk-eio-mla", "se-police-ncb-stockholm")
                .allMatch(key -> key.startsWith("se-"));
        assertThat(se.practices()).allMatch(p -> "SE".equals(p.content().country()));
        assertThat(se.resources())
                .extracting(r -> r.content().acronym())
                .contains("EJN", "GlobE", "CARIN")
                .doesNotContain("IberRed");
    }

    @Test
    void network_holdsTheResource_theContactsNamingIt_andTheirAuthorities_byAcronymOrNameInAnyCase() {
        ExchangeDocument globe = new EditionScope(Edition.Scope.NETWORK, "globe").apply(DEMO);

        assertThat(globe.resources()).extracting(r -> r.content().acronym()).containsExactly("GlobE");
        assertThat(globe.contacts())
                .extracting(Keyed::key)
                .contains("se-rmk-globe-focal-point", "gb-sfo-globe")
                .doesNotContain("se-moj-mla");
        assertThat(globe.contacts()).allMatch(c -> c.content().networks().contains("GlobE"));
        var authorityKeys = globe.authorities().stream().map(Keyed::key).toList();
        assertThat(globe.contacts())
                .allMatch(c -> authorityKeys.contains(c.content().authorityKey()));
        assertThat(globe.practices()).isEmpty();
    }

    @Test
    void anUnknownCountryOrNetwork_isEmpty_andAMissingValueIsRefused() {
        assertThat(new EditionScope(Edition.Scope.COUNTRY, "ZZ").apply(DEMO).size())
                .isZero();
        assertThat(new EditionScope(Edition.Scope.NETWORK, "No such network")
                        .apply(DEMO)
                        .size())
                .isZero();
        assertThatThrownBy(() -> new EditionScope(Edition.Scope.COUNTRY, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("country code");
        assertThat(new EditionScope(Edition.Scope.COUNTRY, "de").label()).isEqualTo("country DE");
    }
}
