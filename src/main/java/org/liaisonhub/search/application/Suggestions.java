package org.liaisonhub.search.application;

import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.security.Viewer;

/**
 * Names for the search box while typing: up to {@value #MAX} entries whose name, acronym or local name has words
 * starting with the typed words (folded: "aklag" finds Åklagarmyndigheten), best first; the viewer's visibility
 * and the workflow status apply as in every search.
 */
final class Suggestions {

    static final int MAX = 10;
    static final int MAX_LENGTH = 100;
    private static final SearchRequest NO_FACETS = SearchRequest.of("");

    private Suggestions() {}

    /**
     * The folded words to complete, space-separated: empty (suggest nothing) below two characters; at most
     * {@value #MAX_LENGTH} characters of the prefix are read, never half a surrogate pair.
     */
    static String words(String prefix) {
        String text = SearchText.clean(prefix);
        if (text.codePointCount(0, text.length()) < 2) {
            return "";
        }
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
            if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return String.join(" ", CatalogSearchService.words(text)).strip();
    }

    /** The suggestions for {@code words} (from {@link #words}, not blank); reads field values, no entity. */
    static List<Suggestion> find(SearchSession session, SearchScope<CatalogEntry> scope, String words, Viewer viewer) {
        return session.search(scope)
                .select(f -> f.composite()
                        .from(
                                f.field("title", String.class),
                                f.field("type", String.class),
                                f.field("key", String.class))
                        .as(Suggestion::new))
                .where(f -> SearchFilters.of(
                        f,
                        f.simpleQueryString()
                                .field("acronym_suggest")
                                .boost(4f)
                                .field("title_suggest")
                                .boost(3f)
                                .field("localName_suggest")
                                .boost(2f)
                                .matching(words)
                                .defaultOperator(BooleanOperator.AND)
                                .flags(SimpleQueryFlag.WHITESPACE)
                                .toPredicate(),
                        NO_FACETS,
                        viewer,
                        null,
                        true))
                .sort(f -> f.composite(
                        c -> c.add(f.score()).add(f.field("title_sort")).add(f.field("key"))))
                .totalHitCountThreshold(MAX) // no total is shown: Lucene may skip what cannot make the top ten
                .fetchHits(MAX);
    }
}
