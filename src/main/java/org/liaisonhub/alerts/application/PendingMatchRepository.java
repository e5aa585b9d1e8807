package org.liaisonhub.alerts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.liaisonhub.alerts.domain.PendingAlertMatch;

/**
 * The publications whose alerts are still to be found ({@link PendingAlertMatch}). Rows are taken with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} (the same SQL on PostgreSQL and H2): a row another transaction holds, on this
 * node or another, is passed over, never waited for and never taken twice; it is held until the taking transaction
 * ends, and a node that dies lets go of it with its connection.
 */
@ApplicationScoped
public class PendingMatchRepository {

    /** Rows taken at most per transaction. */
    static final int BATCH = 100;

    private final EntityManager em;

    PendingMatchRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public PendingMatchRepository(EntityManager em) {
        this.em = em;
    }

    public void add(PendingAlertMatch pending) {
        em.persist(pending);
    }

    public void remove(PendingAlertMatch pending) {
        em.remove(pending);
    }

    /** Up to {@value #BATCH} rows due by {@code now}, oldest first, that no other transaction holds; now held. */
    public List<PendingAlertMatch> takeDue(Instant now) {
        return take(em.createNativeQuery(
                        "select id from pending_alert_match where not_before <= :now order by id" + " fetch first "
                                + BATCH + " rows only for update skip locked",
                        Long.class)
                .setParameter("now", now)
                .getResultList());
    }

    /** Up to {@value #BATCH} rows of entries with these keys, due or not, that no other transaction holds; now held. */
    public List<PendingAlertMatch> takeOf(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return take(em.createNativeQuery(
                        "select id from pending_alert_match where entry_key in (:keys) order by id" + " fetch first "
                                + BATCH + " rows only for update skip locked",
                        Long.class)
                .setParameter("keys", keys)
                .getResultList());
    }

    private List<PendingAlertMatch> take(List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select p from PendingAlertMatch p where p.id in :ids order by p.id", PendingAlertMatch.class)
                .setParameter(
                        "ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
    }
}
