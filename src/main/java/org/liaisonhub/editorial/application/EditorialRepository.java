package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.resources.domain.NetworkResource;

/** Editors' reads: any entry of any kind by key, whatever its status or visibility, and lists by status. */
@ApplicationScoped
public class EditorialRepository {

    private static final int KEYS_PER_QUERY = 500;

    private final EntityManager em;

    EditorialRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public EditorialRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<CatalogEntry> find(EntryType type, String key) {
        return em.createQuery("select e from " + entityName(type) + " e where e.key = :key", CatalogEntry.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * The entries of one kind with these keys as this transaction sees them, its own writes flushed first (so the
     * versions are those its commit stores); keys of no entry are left out. In statements of at most 500 keys.
     */
    public List<EditorialEntry> withKeys(EntryType type, Collection<String> keys) {
        em.flush();
        List<String> all = List.copyOf(keys);
        List<EditorialEntry> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            em.createQuery(
                            "select e.key, " + titleOf(type) + ", e.status, e.version, e.updatedAt from "
                                    + entityName(type) + " e where e.key in :keys",
                            Object[].class)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)))
                    .getResultStream()
                    .forEach(row -> rows.add(new EditorialEntry(
                            type.code(),
                            (String) row[0],
                            (String) row[1],
                            (PublicationStatus) row[2],
                            (Long) row[3],
                            (java.time.Instant) row[4])));
        }
        return rows;
    }

    /** Every entry in this status, newest change first. */
    public List<EditorialEntry> inStatus(PublicationStatus status) {
        List<EditorialEntry> rows = new ArrayList<>();
        for (EntryType type : EntryType.values()) {
            em.createQuery(
                            "select e.key, " + titleOf(type) + ", e.version, e.updatedAt from " + entityName(type)
                                    + " e where e.status = :status",
                            Object[].class)
                    .setParameter("status", status)
                    .setMaxResults(500)
                    .getResultStream()
                    .forEach(row -> rows.add(new EditorialEntry(
                            type.code(), (String) row[0], (String) row[1], status, (Long) row[2], (java.time.Instant)
                                    row[3])));
        }
        rows.sort(Comparator.comparing(EditorialEntry::updatedAt).reversed());
        return rows;
    }

    /** The key of the procedure sheet for this country and kind of request, if there is one. */
    public Optional<String> sheetFor(String country, Competence request) {
        return em.createQuery(
                        "select s.key from ProcedureSheet s where s.country = :country and s.request = :request",
                        String.class)
                .setParameter("country", country)
                .setParameter("request", request)
                .getResultStream()
                .findFirst();
    }

    public long countInStatus(PublicationStatus status) {
        long total = 0;
        for (EntryType type : EntryType.values()) {
            total += em.createQuery(
                            "select count(e) from " + entityName(type) + " e where e.status = :status", Long.class)
                    .setParameter("status", status)
                    .getSingleResult();
        }
        return total;
    }

    static String entityName(EntryType type) {
        return switch (type) {
            case AUTHORITY -> Authority.class.getSimpleName();
            case CONTACT -> ContactPoint.class.getSimpleName();
            case RESOURCE -> NetworkResource.class.getSimpleName();
            case PRACTICE -> GoodPractice.class.getSimpleName();
            case PROCEDURE -> ProcedureSheet.class.getSimpleName();
        };
    }

    /** The query expression of an entry's title; a sheet has none of its own: "SE: EIO". */
    private static String titleOf(EntryType type) {
        return switch (type) {
            case AUTHORITY, RESOURCE -> "e.name";
            case CONTACT -> "e.role";
            case PRACTICE -> "e.title";
            case PROCEDURE -> "concat(e.country, ': ', cast(e.request as String))";
        };
    }
}
