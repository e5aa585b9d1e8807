package org.liaisonhub.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.EntryType;

class SearchRequestsTest {

    @Test
    void parse_acceptsRepeatedAndCommaSeparatedFilters() {
        SearchRequest request = SearchRequests.parse(
                " EIO ", List.of("contact,authority", "practice"), List.of("se", "FR"), "2", "10", "name");

        assertThat(request.text()).isEqualTo("EIO");
        assertThat(request.types())
                .containsExactlyInAnyOrder(EntryType.CONTACT, EntryType.AUTHORITY, EntryType.PRACTICE);
        assertThat(request.countries()).containsExactlyInAnyOrder("SE", "FR");
        assertThat(request.offset()).isEqualTo(10);
        assertThat(request.sort()).isEqualTo(SearchSort.NAME);
    }

    @Test
    void parse_blankTextBrowses() {
        assertThat(SearchRequests.parse("   ", null, null, null, null, null).browsing())
                .isTrue();
    }

    @Test
    void parse_refusesBadInputWithAMessageForTheUser() {
        assertThatThrownBy(() -> SearchRequests.parse("x".repeat(10_000), null, null, null, null, null))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> SearchRequests.parse(
                        "a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7",
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("too many words");
        assertThatThrownBy(() -> SearchRequests.parse("x", List.of("person"), null, null, null, null))
                .hasMessageContaining("Unknown type 'person'");
        assertThatThrownBy(() -> SearchRequests.parse("x", null, List.of("XX"), null, null, null))
                .hasMessageContaining("Unknown country code 'XX'");
        assertThatThrownBy(() -> SearchRequests.parse("x", null, null, "-1", null, null))
                .hasMessageContaining("'page' must be 1 or more");
        assertThatThrownBy(() -> SearchRequests.parse("x", null, null, "two", null, null))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> SearchRequests.parse("x", null, null, null, "1000", null))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> SearchRequests.parse("x", null, null, "100000", "100", null))
                .hasMessageContaining("refine");
        assertThatThrownBy(() -> SearchRequests.parse("x", null, null, null, null, "random"))
                .hasMessageContaining("Unknown sort");
    }
}
