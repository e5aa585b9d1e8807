package org.liaisonhub.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.directory.domain.ContactInAuthority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.search.application.IndexMaintenance.IndexStatus;

/** Compares the index with the database, entry by entry, in one read-only pass over both. */
@ApplicationScoped
public class IndexInspection {

    private static final int SCROLL_CHUNK = 500;

    private final EntityManager em;

    IndexInspection() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public IndexInspection(EntityManager em) {
        this.em = em;
    }

    /** Every kind of entry: its entries against its documents, entry by entry. */
    @Transactional
    public IndexStatus status() {
        SearchSession session = Search.session(em);
        List<IndexCheck> checks = new ArrayList<>();
        for (Class<? extends CatalogEntry> type : CatalogSearchService.INDEXED) {
            checks.add(IndexCheck.compare(type.getSimpleName(), stored(type), indexed(session, type)));
        }
        return IndexStatus.of(checks);
    }

    /*
     * A fingerprint is what the index must hold for an entry to be in step: its version, which changes with every
     * committed update, and for a contact point also what its document copies from the authority (country,
     * summary), which changes without the contact point's version.
     */
    private Map<Long, String> stored(Class<? extends CatalogEntry> type) {
        Map<Long, String> fingerprints = new HashMap<>();
        if (type == ContactPoint.class) {
            em.createQuery(
                            "select c.id, c.version, a.country, a.name, a.localName from ContactPoint c"
                                    + " join c.authority a",
                            Object[].class)
                    .getResultStream()
                    .forEach(row -> fingerprints.put(
                            (Long) row[0],
                            contactFingerprint(
                                    row[1], row[2], ContactInAuthority.summary((String) row[3], (String) row[4]))));
        } else {
            em.createQuery("select e.id, e.version from " + type.getSimpleName() + " e", Object[].class)
                    .getResultStream()
                    .forEach(row -> fingerprints.put((Long) row[0], String.valueOf(row[1])));
        }
        return fingerprints;
    }

    private static Map<Long, String> indexed(SearchSession session, Class<? extends CatalogEntry> type) {
        Map<Long, String> fingerprints = new HashMap<>();
        boolean contact = type == ContactPoint.class;
        try (SearchScroll<List<?>> scroll = session.search(type)
                .select(f -> contact
                        ? f.composite()
                                .from(
                                        f.id(Long.class),
                                        f.field("version", Long.class),
                                        f.field("country", String.class),
                                        f.field("summary", String.class))
                                .asList()
                        : f.composite()
                                .from(f.id(Long.class), f.field("version", Long.class))
                                .asList())
                .where(f -> f.matchAll())
                .scroll(SCROLL_CHUNK)) {
            for (SearchScrollResult<List<?>> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                for (List<?> row : chunk.hits()) {
                    fingerprints.put(
                            (Long) row.get(0),
                            contact
                                    ? contactFingerprint(row.get(1), row.get(2), row.get(3))
                                    : String.valueOf(row.get(1)));
                }
            }
        }
        return fingerprints;
    }

    private static String contactFingerprint(Object version, Object country, Object summary) {
        return version + "|" + country + "|" + summary;
    }
}
