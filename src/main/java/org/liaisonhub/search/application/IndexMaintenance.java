package org.liaisonhub.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.search.analysis.LiaisonSearchMapping;

/**
 * Keeps the index in step with the database. Writes are indexed synchronously after their transaction commits,
 * so a crash between the commit and the index write can leave the index behind: a document missing, older than
 * its entry, or left over from a deleted entry. Start-up compares every entry with its document
 * ({@link IndexInspection}) and, if any differ, rebuilds the index with the mass indexer; an admin can also
 * rebuild it on demand.
 */
@ApplicationScoped
public class IndexMaintenance {

    private static final Logger LOG = Logger.getLogger(IndexMaintenance.class.getName());

    /*
     * Entities the mass indexer loads per query (Hibernate Search's default is 10). The benchmark (docs/benchmarks.md)
     * showed loading, not Lucene, bounds re-indexing: each batch costs one query per entity type plus one per
     * element collection and for the contact points' authorities, so larger batches mean far fewer round trips.
     */
    static final int BATCH_SIZE = 100;

    private final EntityManager em;
    private final IndexInspection inspection;

    IndexMaintenance() {
        this(null, null); // for CDI's client proxy only
    }

    @Inject
    public IndexMaintenance(EntityManager em, IndexInspection inspection) {
        this.em = em;
        this.inspection = inspection;
    }

    /** Every kind of entry: its entries against its documents, entry by entry. */
    public IndexStatus status() {
        return inspection.status();
    }

    /** Rebuilds every index from the database, outside any transaction (the mass indexer has its own); blocks. */
    public void reindex() {
        try {
            Search.mapping(em.getEntityManagerFactory())
                    .scope(CatalogSearchService.INDEXED)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(BATCH_SIZE)
                    // One segment per index afterwards: every query looks each of its terms up once per segment,
                    // and facet counts map ordinals across segments, so a freshly rebuilt index answers fastest
                    // merged (docs/benchmarks.md).
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-indexing was interrupted", e);
        }
    }

    /** On demand (an admin): rebuilds the index and reports the state before and after. */
    public ReindexReport rebuild() {
        IndexStatus before = status();
        long start = System.nanoTime();
        reindex();
        long millis = (System.nanoTime() - start) / 1_000_000;
        IndexStatus after = status();
        LOG.info(() -> "Re-indexed on demand in " + millis + " ms: " + after);
        return new ReindexReport(before, after, millis);
    }

    /** At start-up: rebuilds the index if any entry and its document differ; answers the state afterwards. */
    public IndexStatus reindexIfBehind() {
        IndexStatus status = status();
        if (status.inStep() && !mappingChanged()) {
            LOG.info(() -> "Index in step with the database: " + status);
            return status;
        }
        LOG.warning(() -> "Index behind the database, re-indexing: " + status);
        reindex();
        IndexStatus after = status();
        LOG.info(() -> "Re-indexed: " + after);
        return after;
    }

    /**
     * Whether some document lacks the fields every document of the current mapping has (an index written before
     * the search fields of docs/search.md existed, such as the combined text fields that replaced the language
     * copies of every field, or a contact indexed before its authority's visibility was
     * copied into it, which search then hides from readers): then only a re-index makes them searchable.
     */
    boolean mappingChanged() {
        SearchSession session = Search.session(em);
        return session.search(session.scope(CatalogSearchService.INDEXED))
                                .where(f -> f.bool()
                                        .must(f.matchAll())
                                        .mustNot(f.exists().field(LiaisonSearchMapping.TEXT)))
                                .fetchTotalHitCount()
                        > 0
                || session.search(ContactPoint.class)
                                .where(f -> f.bool()
                                        .must(f.matchAll())
                                        .mustNot(f.exists().field("authority.visibility")))
                                .fetchTotalHitCount()
                        > 0;
    }

    /** The outcome of {@link #status()}: one check per kind of entry, and their totals. */
    public record IndexStatus(List<IndexCheck> kinds, long stored, long indexed, boolean inStep) {

        public static IndexStatus of(List<IndexCheck> kinds) {
            return new IndexStatus(
                    List.copyOf(kinds),
                    kinds.stream().mapToLong(IndexCheck::stored).sum(),
                    kinds.stream().mapToLong(IndexCheck::indexed).sum(),
                    kinds.stream().allMatch(IndexCheck::inStep));
        }

        @Override
        public String toString() {
            return String.join("; ", kinds.stream().map(IndexCheck::toString).toList());
        }
    }

    /** What an on-demand re-index found, left and took. */
    public record ReindexReport(IndexStatus before, IndexStatus after, long millis) {}
}
