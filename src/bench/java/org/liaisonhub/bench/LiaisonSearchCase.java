package org.liaisonhub.bench;

import jakarta.persistence.EntityManager;
import org.liaisonhub.search.application.CatalogSearchService;
import org.liaisonhub.search.application.SearchResults;
import org.liaisonhub.search.application.Synonyms;
import org.liaisonhub.security.Viewer;

/**
 * Case 1: Liaison's own search service, exactly as the API calls it, for an anonymous visitor: one persistence
 * context per query, as one per request on the server.
 */
final class LiaisonSearchCase implements SearchCase {

    private final LiaisonUnit unit;
    /** Read once, as the application-scoped service on the server does. */
    private final Synonyms synonyms = Synonyms.load();

    private final String name;

    LiaisonSearchCase(LiaisonUnit unit) {
        this(unit, Report.LIAISON);
    }

    /** The same service on another unit, e.g. on the Elasticsearch backend ({@link OpenSearchCase}). */
    LiaisonSearchCase(LiaisonUnit unit, String name) {
        this.unit = unit;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long run(BenchQuery query) {
        try (EntityManager em = unit.entityManager()) {
            SearchResults results = new CatalogSearchService(em, synonyms).search(query.request(), Viewer.anonymous());
            if (results.hits().size() > BenchQuery.PAGE_SIZE) {
                throw new IllegalStateException("page too large");
            }
            return results.total();
        }
    }
}
