package org.liaisonhub.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaisonhub.platform.application.ContentGeneration;
import org.liaisonhub.search.application.SearchResultCache.CacheStatistics;
import org.liaisonhub.security.Viewer;

/**
 * The search box as its callers use it: {@link CatalogSearchService} behind a result cache
 * ({@link SearchResultCache}) held in WildFly's Infinispan cache {@code liaison/search-results}
 * (wildfly-config/configure-server.cli: at most 1,000 entries, ten minutes at most). Same signatures as the
 * service; invalid input still throws {@link InvalidSearchException} and nothing is cached for it.
 * The CSV export pages through the service directly: its pages are read once and would only push out answers
 * that are asked for again.
 */
@ApplicationScoped
public class CachedSearch {

    @Resource(lookup = "java:jboss/infinispan/cache/liaison/search-results")
    ConcurrentMap<SearchCacheKey, Object> answers;

    @Inject
    CatalogSearchService search;

    @Inject
    ContentGeneration generation;

    /** Larger answers are computed and not kept (docs/search.md, "Result cache"). */
    @Inject
    @ConfigProperty(name = "liaison.search.cache.max-entry-bytes", defaultValue = "65536")
    long maxEntryBytes;

    private SearchResultCache cache;

    @PostConstruct
    void init() {
        cache = new SearchResultCache(answers, generation::current, maxEntryBytes);
    }

    public SearchResults search(SearchRequest request, Viewer viewer) {
        return cache.search(request, viewer, () -> search.search(request, viewer));
    }

    public List<Suggestion> suggest(String prefix, Viewer viewer) {
        return cache.suggest(prefix, viewer, () -> search.suggest(prefix, viewer));
    }

    public CacheStatistics statistics() {
        return cache.statistics();
    }
}
