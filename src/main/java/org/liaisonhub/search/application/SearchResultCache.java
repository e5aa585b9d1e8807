package org.liaisonhub.search.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.liaisonhub.security.Viewer;

/**
 * Answers of the search box kept in a map (in the server, an Infinispan local cache: {@link CachedSearch}), keyed
 * by {@link SearchCacheKey}. The generation is read <em>before</em> the search runs and replaced only after the
 * index has changed, so an answer is never filed under a generation newer than the index it was computed from:
 * a search racing a write at worst files a fresh answer under the old generation, which nobody asks for again.
 * When the generation moves on, this node's answers are dropped at once to free their memory.
 * Answers larger than {@code maxEntryBytes} are computed and not kept. Thread-safe.
 */
public final class SearchResultCache {

    private final ConcurrentMap<SearchCacheKey, Object> answers;
    private final Supplier<String> generation;
    private final long maxEntryBytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder tooLarge = new LongAdder();
    private volatile String lastGeneration;

    public SearchResultCache(
            ConcurrentMap<SearchCacheKey, Object> answers, Supplier<String> generation, long maxEntryBytes) {
        this.answers = answers;
        this.generation = generation;
        this.maxEntryBytes = maxEntryBytes;
    }

    public SearchResults search(SearchRequest request, Viewer viewer, Supplier<SearchResults> search) {
        return answer(
                SearchCacheKey.search(request, viewer, currentGeneration()),
                search,
                SearchResultCache::immutable,
                CachedAnswerSize::of);
    }

    public List<Suggestion> suggest(String prefix, Viewer viewer, Supplier<List<Suggestion>> suggest) {
        return answer(
                SearchCacheKey.suggest(prefix, viewer, currentGeneration()),
                suggest,
                List::copyOf,
                CachedAnswerSize::of);
    }

    public CacheStatistics statistics() {
        return new CacheStatistics(hits.sum(), misses.sum(), tooLarge.sum(), answers.size(), maxEntryBytes);
    }

    private String currentGeneration() {
        String current = generation.get();
        if (!current.equals(lastGeneration)) {
            lastGeneration = current;
            answers.clear();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(
            SearchCacheKey key,
            Supplier<T> compute,
            java.util.function.UnaryOperator<T> freeze,
            ToLongFunction<T> size) {
        Object cached = answers.get(key);
        if (cached != null) {
            hits.increment();
            return (T) cached;
        }
        misses.increment();
        T fresh = freeze.apply(compute.get());
        if (size.applyAsLong(fresh) <= maxEntryBytes) {
            answers.put(key, fresh);
        } else {
            tooLarge.increment();
        }
        return fresh;
    }

    /** One answer is handed to many callers: none may change it. Facet values keep their count order. */
    static SearchResults immutable(SearchResults r) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        r.facets()
                .forEach((name, counts) -> facets.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        return new SearchResults(
                r.total(),
                r.page(),
                r.size(),
                List.copyOf(r.hits()),
                Collections.unmodifiableMap(facets),
                r.didYouMean());
    }

    /** Counts since this node started; {@code entries} is this node's. */
    public record CacheStatistics(long hits, long misses, long notKeptTooLarge, int entries, long maxEntryBytes) {}
}
