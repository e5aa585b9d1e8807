package org.liaisonhub.search.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;

/**
 * The page of hits: what each hit reads from the index (stored fields, no entity), its order, and the records
 * the results list shows, with the query's words marked in the summary. Highlights are made after the search, on
 * the page's hits only.
 */
final class HitPage {

    private HitPage() {}

    /** Type, key, title, summary and country of a hit, in that order. */
    static <R, E> ProjectionFinalStep<List<?>> projection(SearchProjectionFactory<R, E> f) {
        return f.composite()
                .from(
                        f.field("type", String.class),
                        f.field("key", String.class),
                        f.field("title", String.class),
                        f.field("summary", String.class),
                        f.field("country", String.class))
                .asList();
    }

    static SortFinalStep sort(SearchSortFactory f, SearchRequest request) {
        SearchSort sort =
                request.browsing() && request.sort() == SearchSort.RELEVANCE ? SearchSort.NAME : request.sort();
        return switch (sort) {
            case RELEVANCE ->
                f.composite(c -> c.add(f.score()).add(f.field("title_sort")).add(f.field("key")));
            case NAME -> f.composite(c -> c.add(f.field("title_sort")).add(f.field("key")));
            case COUNTRY ->
                f.composite(c -> c.add(f.field("country").missing().last())
                        .add(f.field("title_sort"))
                        .add(f.field("key")));
            case VERIFIED ->
                f.composite(c -> c.add(f.field("last_verified").desc().missing().last())
                        .add(f.field("title_sort"))
                        .add(f.field("key")));
        };
    }

    /**
     * The hits of projected {@code rows}, their summaries highlighted for {@code queryTexts} (the query and its
     * synonyms; none when browsing) and {@code typoMatches} (the known words the query's typo clauses matched, or
     * null to mark words within the typo allowance of the query's words). The highlighter is only built when there
     * is a hit to mark.
     */
    static List<SearchHit> hits(List<List<?>> rows, List<String> queryTexts, Set<String> typoMatches) {
        Highlights highlights = rows.isEmpty() ? null : new Highlights(queryTexts, typoMatches);
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            hits.add(hit(row, highlights));
        }
        return hits;
    }

    private static SearchHit hit(List<?> row, Highlights highlights) {
        String type = (String) row.get(0);
        String key = (String) row.get(1);
        String title = (String) row.get(2);
        String summary = (String) row.get(3);
        String country = (String) row.get(4);
        return new SearchHit(type, key, title, highlights.snippet(summary), country);
    }
}
