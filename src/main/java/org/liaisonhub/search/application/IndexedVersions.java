package org.liaisonhub.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.EntryType;

/**
 * The version the search index holds for some entries, read from the documents' projectable {@code version} field:
 * whether a committed write has reached the index yet. On a single node it has by the time the commit returns; in a
 * cluster the index is written a moment later (outbox polling, then the search server's refresh). Read as a search
 * reads it (no transaction, an entity manager that opens no connection), so what it reports is what a search run
 * right after it sees.
 */
@ApplicationScoped
public class IndexedVersions {

    private final EntityManagerFactory emf;
    private volatile SearchScope<CatalogEntry> scope;

    IndexedVersions() {
        this((EntityManagerFactory) null); // for CDI's client proxy only
    }

    @Inject
    public IndexedVersions(EntityManager em) {
        this(em.getEntityManagerFactory());
    }

    public IndexedVersions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** For each of the entries (type → keys) that has a document: the version it holds; absent ones are left out. */
    public Map<EntryType, Map<String, Long>> of(Map<EntryType, ? extends Collection<String>> entries) {
        Map<EntryType, Map<String, Long>> versions = new EnumMap<>(EntryType.class);
        List<List<Map.Entry<EntryType, String>>> batches =
                EntryMatching.batches(entries, CatalogSearchService.MATCH_BATCH);
        if (batches.isEmpty()) {
            return versions;
        }
        try (EntityManager em = emf.createEntityManager()) {
            for (List<Map.Entry<EntryType, String>> batch : batches) {
                Search.session(em)
                        .search(scope())
                        .select(f -> f.composite()
                                .from(
                                        f.field("type", String.class),
                                        f.field("key", String.class),
                                        f.field("version", Long.class))
                                .asList())
                        .where(f -> EntryMatching.anyOf(f, batch))
                        .fetchHits(batch.size())
                        .forEach(hit -> versions.computeIfAbsent(
                                        EntryType.fromCode((String) hit.get(0)).orElseThrow(), t -> new HashMap<>())
                                .merge((String) hit.get(1), (Long) hit.get(2), Math::max));
            }
        }
        return versions;
    }

    private SearchScope<CatalogEntry> scope() {
        SearchScope<CatalogEntry> built = scope;
        if (built == null) {
            built = Search.mapping(emf).scope(CatalogSearchService.INDEXED);
            scope = built;
        }
        return built;
    }
}
