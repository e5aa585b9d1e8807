package org.liaisonhub.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaisonhub.search.application.SearchHit;
import org.liaisonhub.search.application.SearchResults;

/** The API's one JSON-B instance: the same for every type, and it writes records as the default one does. */
class SharedJsonbTest {

    @Test
    void everyTypeGetsTheSameInstance_andRecordsAreWrittenByTheirComponents() {
        SharedJsonb resolver = new SharedJsonb();
        assertThat(resolver.getContext(SearchResults.class)).isSameAs(resolver.getContext(String.class));

        SearchResults results = new SearchResults(
                1,
                1,
                20,
                List.of(new SearchHit("contact", "se-mla", "MLA desk", "<mark>MLA</mark>", "SE")),
                Map.of("type", Map.of("contact", 1L)),
                null);
        String json = resolver.getContext(SearchResults.class).toJson(results);
        assertThat(json)
                .contains("\"total\":1", "\"key\":\"se-mla\"", "\"facets\":{\"type\":{\"contact\":1}}")
                .doesNotContain("didYouMean");
    }
}
