package org.liaisonhub.search.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.security.Viewer;

/**
 * Which of some given entries a search finds (saved-search alerts, {@link CatalogSearchService#matchesAmong}): the
 * search's own text and filters, visibility and status included, restricted to the candidates by type and key, one
 * query per batch so a large import never builds one query of tens of thousands of clauses.
 */
final class EntryMatching {

    private EntryMatching() {}

    /** The candidates (type → keys) as (type, key) pairs in batches of at most {@code size}; empty for none. */
    static List<List<Map.Entry<EntryType, String>>> batches(
            Map<EntryType, ? extends Collection<String>> candidates, int size) {
        List<Map.Entry<EntryType, String>> all = new ArrayList<>();
        candidates.forEach((type, keys) -> keys.forEach(key -> all.add(Map.entry(type, key))));
        List<List<Map.Entry<EntryType, String>>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            batches.add(List.copyOf(all.subList(from, Math.min(all.size(), from + size))));
        }
        return batches;
    }

    /** The documents of these entries (type and key each), whatever else they hold. */
    static PredicateFinalStep anyOf(SearchPredicateFactory f, List<Map.Entry<EntryType, String>> entries) {
        BooleanPredicateClausesStep<?> any = f.bool();
        entries.forEach(c -> any.should(f.bool()
                .must(f.match().field("type").matching(c.getKey().code(), ValueModel.INDEX))
                .must(f.match().field("key").matching(c.getValue()))));
        return any;
    }

    static List<MatchedEntry> among(
            SearchSession session,
            SearchScope<CatalogEntry> scope,
            SearchPredicate text,
            SearchRequest request,
            Viewer viewer,
            List<List<Map.Entry<EntryType, String>>> batches) {
        List<MatchedEntry> matched = new ArrayList<>();
        for (List<Map.Entry<EntryType, String>> batch : batches) {
            session.search(scope)
                    .select(f -> f.composite()
                            .from(
                                    f.field("type", String.class),
                                    f.field("key", String.class),
                                    f.field("title", String.class))
                            .asList())
                    .where(f -> f.bool()
                            .filter(SearchFilters.of(f, text, request, viewer, null, false))
                            .filter(anyOf(f, batch)))
                    .fetchHits(batch.size())
                    .forEach(hit -> matched.add(new MatchedEntry(
                            EntryType.fromCode((String) hit.get(0)).orElseThrow(), (String) hit.get(1), (String)
                                    hit.get(2))));
        }
        return matched;
    }
}
