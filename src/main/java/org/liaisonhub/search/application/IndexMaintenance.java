package org.liaisonhub.search.application;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.liaisonhub.catalog.CatalogEntry;

/**
 * Keeps the index in step with the database. Writes are indexed synchronously on commit; if the index was
 * lost or fell behind (deleted directory, crash between commit and index write), start-up notices the
 * difference in counts and rebuilds the index with the mass indexer.
 */
@ApplicationScoped
public class IndexMaintenance {

    private static final Logger LOG = Logger.getLogger(IndexMaintenance.class.getName());

    private final EntityManager em;

    IndexMaintenance() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public IndexMaintenance(EntityManager em) {
        this.em = em;
    }

    /** Entries in the database and documents in the index, per entity. */
    @Transactional
    public IndexStatus status() {
        SearchSession session = Search.session(em);
        long database = 0;
        long index = 0;
        for (Class<? extends CatalogEntry> type : CatalogSearchService.INDEXED) {
            database += em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                    .getSingleResult();
            index += session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        return new IndexStatus(database, index);
    }

    /** Rebuilds every index from the database; blocks until done. */
    public void reindex() {
        try {
            Search.session(em).massIndexer(CatalogSearchService.INDEXED).threadsToLoadObjects(2).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-indexing was interrupted", e);
        }
    }

    public void reindexIfBehind() {
        IndexStatus status = status();
        if (!status.inStep()) {
            LOG.warning(() -> "Index has " + status.indexed() + " documents for " + status.stored()
                    + " entries; re-indexing.");
            reindex();
            LOG.info(() -> "Re-indexed: " + status().indexed() + " documents.");
        }
    }

    public record IndexStatus(long stored, long indexed) {
        public boolean inStep() {
            return stored == indexed;
        }
    }
}
