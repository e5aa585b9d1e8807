package org.liaisonhub.alerts.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.search.application.InvalidSearchException;
import org.liaisonhub.search.application.SearchRequest;

class SavedQueryTest {

    @Test
    void parse_readsTextTypesCountriesAndOtherFacets_asTheSearchPageSendsThem() {
        SearchRequest request =
                SavedQuery.parse("?q=asset+recovery&type=contact,authority&country=se&language=fr" + "&page=3&lang=ar");

        assertThat(request.text()).isEqualTo("asset recovery");
        assertThat(request.types()).containsExactlyInAnyOrder(EntryType.CONTACT, EntryType.AUTHORITY);
        assertThat(request.countries()).containsExactly("SE");
        assertThat(request.filter("language")).containsExactly("fr");
    }

    @Test
    void canonical_ordersParametersAndValues_soTheSameSearchReadsTheSame() {
        String one = SavedQuery.canonical(SavedQuery.parse("country=SE&country=BR&q=EIO&type=contact"));
        String other = SavedQuery.canonical(SavedQuery.parse("type=contact&country=br,se&q=EIO&page=2"));

        assertThat(one).isEqualTo("q=EIO&type=contact&country=BR&country=SE").isEqualTo(other);
        assertThat(SavedQuery.parse(one).countries()).containsExactlyInAnyOrder("SE", "BR");
    }

    @Test
    void canonical_encodesText_andRoundTrips() {
        String canonical = SavedQuery.canonical(SavedQuery.parse("q="
                + java.net.URLEncoder.encode("gel & saisie « urgente »", java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(canonical).doesNotContain(" ").doesNotContain("&saisie");
        assertThat(SavedQuery.parse(canonical).text()).isEqualTo("gel & saisie « urgente »");
    }

    @Test
    void parse_refusesEmptySearches_andBadFilters_withAMessage() {
        assertThatThrownBy(() -> SavedQuery.parse(""))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("needs words or at least one filter");
        assertThatThrownBy(() -> SavedQuery.parse("page=2")).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> SavedQuery.parse("country=XX"))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("Unknown country code");
        assertThatThrownBy(() -> SavedQuery.parse("q=%E0%A4%A")).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> SavedQuery.parse("q=" + "x".repeat(2001))).isInstanceOf(InvalidSearchException.class);
    }
}
