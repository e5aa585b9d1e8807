package org.liaisonhub.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;

class ContactInAuthorityTest {

    @Test
    void theSummary_addsTheLocalNameOnlyWhenItDiffers() {
        assertThat(ContactInAuthority.summary("Swedish Prosecution Authority", "Åklagarmyndigheten"))
                .isEqualTo("Swedish Prosecution Authority (Åklagarmyndigheten)");
        assertThat(ContactInAuthority.summary("Europol", "Europol")).isEqualTo("Europol");
        assertThat(ContactInAuthority.summary("Europol", null)).isEqualTo("Europol");
    }

    @Test
    void moreOpenThanAuthority_isTrueOnlyForAWiderAudience() {
        assertThat(ContactInAuthority.isMoreOpenThanAuthority(Visibility.PUBLIC, Visibility.MEMBERS))
                .isTrue();
        assertThat(ContactInAuthority.isMoreOpenThanAuthority(Visibility.MEMBERS, Visibility.RESTRICTED))
                .isTrue();
        assertThat(ContactInAuthority.isMoreOpenThanAuthority(Visibility.MEMBERS, Visibility.MEMBERS))
                .isFalse();
        assertThat(ContactInAuthority.isMoreOpenThanAuthority(Visibility.RESTRICTED, Visibility.PUBLIC))
                .isFalse();
    }

    @Test
    void theEffectiveVisibility_isTheStricterOfTheTwo_forEveryPair() {
        for (Visibility contact : Visibility.values()) {
            for (Visibility authority : Visibility.values()) {
                Visibility effective = ContactInAuthority.effectiveVisibility(contact, authority);
                assertThat(effective).isIn(contact, authority);
                assertThat(effective.compareTo(contact)).isGreaterThanOrEqualTo(0);
                assertThat(effective.compareTo(authority)).isGreaterThanOrEqualTo(0);
            }
        }
    }
}
