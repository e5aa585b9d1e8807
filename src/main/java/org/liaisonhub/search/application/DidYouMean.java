package org.liaisonhub.search.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.search.analysis.LuceneAnalyzerChains;
import org.liaisonhub.search.application.SearchFacets.Facet;
import org.liaisonhub.security.Viewer;

/**
 * "Did you mean": a better spelling of the query, offered only when the viewer may see what it finds. On the embedded
 * Lucene backend the correction comes from the dictionary look-up the query was built with ({@link Spelling}); on a
 * search server, from the words of the visible entries that match the query fuzzily.
 */
final class DidYouMean {

    private final Synonyms synonyms;

    DidYouMean(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /**
     * A better spelling of the query, shown when a word of it is unknown to the index or nothing matched: the
     * dictionary's correction from the look-up the query was built with ({@link Spelling}), offered only when it has hits the viewer
     * may see. A backend without native Lucene queries reads candidates from fuzzy hits instead.
     */
    String suggest(
            SearchSession session,
            SearchScope<CatalogEntry> scope,
            SearchRequest request,
            Viewer viewer,
            Spelling spelling,
            long total) {
        if (spelling.lookedUp()) {
            if (spelling.unknownWords().isEmpty()) {
                return null;
            }
            return spelling.corrected(request.text())
                    .filter(s -> hasExactHits(session, scope, request.withText(s), viewer))
                    .orElse(null);
        }
        if (total > 0 && hasExactHits(session, scope, request, viewer)) {
            return null;
        }
        return searchDidYouMean(session, scope, request, viewer);
    }

    /**
     * Whether the words as typed, without typo tolerance, have a hit the viewer may see (synonyms still count:
     * they are no misspelling). Asks for one hit in index order and no exact total, so Lucene stops at the first
     * match instead of scoring every one.
     */
    private boolean hasExactHits(
            SearchSession session, SearchScope<CatalogEntry> scope, SearchRequest request, Viewer viewer) {
        TextQuery.Plan plan = TextQuery.Plan.of(request.text(), synonyms);
        return !session.search(scope)
                .select(f -> f.field("key", String.class))
                .where(f -> filtered(f, g -> TextQuery.predicate(g, plan, null), request, viewer, null))
                .sort(f -> f.indexOrder())
                .totalHitCountThreshold(1)
                .fetchHits(1)
                .isEmpty();
    }

    /**
     * A spelling of the query whose words all occur in entries the viewer may see: each word of the query that
     * no visible entry has is replaced by the closest word (up to two edits) of the visible entries that match
     * it fuzzily. Null when there is none, or when the new spelling has no exact hits either.
     */
    private String searchDidYouMean(
            SearchSession session, SearchScope<CatalogEntry> scope, SearchRequest request, Viewer viewer) {
        List<String> words = CatalogSearchService.words(request.text());
        boolean onlyCodes = words.stream().allMatch(w -> w.chars().anyMatch(Character::isDigit));
        if (words.isEmpty() || words.size() > 8 || onlyCodes) {
            return null;
        }
        List<List<?>> rows = session.search(scope)
                .select(f -> f.composite()
                        .from(f.field("title", String.class), f.field("summary", String.class))
                        .asList())
                .where(f -> filtered(
                        f,
                        g -> {
                            BooleanPredicateClausesStep<?> any = g.bool();
                            for (String word : words) {
                                if (word.chars().anyMatch(Character::isDigit)) {
                                    continue;
                                }
                                any.should(g.match()
                                        .field("title")
                                        .field("acronym")
                                        .field("localName")
                                        .field("summary")
                                        .matching(word)
                                        .fuzzy(word.length() < 4 ? 1 : 2, 0));
                            }
                            return any.toPredicate();
                        },
                        request,
                        viewer,
                        null))
                .fetchHits(50);
        Map<String, String> surface = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        Analyzer folding = LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY);
        for (List<?> row : rows) {
            for (Object value : row) {
                if (value instanceof String s) {
                    for (Highlights.Token token : Highlights.tokens(folding, s)) {
                        surface.putIfAbsent(token.term(), s.substring(token.start(), token.end()));
                        frequency.merge(token.term(), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            if (frequency.containsKey(word) || word.chars().anyMatch(Character::isDigit)) {
                corrected.add(surface.getOrDefault(word, word));
                continue;
            }
            int max = word.length() < 4 ? 1 : 2;
            String best = null;
            int bestDistance = max + 1;
            for (String candidate : frequency.keySet()) {
                int distance = Typos.distance(word, candidate, max);
                if (distance < bestDistance
                        || distance == bestDistance && best != null && frequency.get(candidate) > frequency.get(best)) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best == null || bestDistance > max) {
                corrected.add(word);
            } else {
                corrected.add(surface.get(best));
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        String suggestion = String.join(" ", corrected);
        return hasExactHits(session, scope, request.withText(suggestion), viewer) ? suggestion : null;
    }

    /** The text query, the viewer's visibility and status, and every facet filter except {@code leaveOut}. */
    private static PredicateFinalStep filtered(
            SearchPredicateFactory f,
            Function<SearchPredicateFactory, SearchPredicate> text,
            SearchRequest request,
            Viewer viewer,
            Facet leaveOut) {
        return SearchFilters.of(f, text.apply(f), request, viewer, leaveOut, true);
    }
}
