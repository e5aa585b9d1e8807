package org.liaisonhub.alerts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.catalog.EntryType;

/** JPQL for saved searches and their alerts. */
@ApplicationScoped
public class SavedSearchRepository {

    private final EntityManager em;

    SavedSearchRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public SavedSearchRepository(EntityManager em) {
        this.em = em;
    }

    public void add(SavedSearch search) {
        em.persist(search);
    }

    public void add(SavedSearchAlert alert) {
        em.persist(alert);
    }

    public Optional<SavedSearch> find(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    /** With a write lock: one digest run at a time per saved search, on any node. */
    public Optional<SavedSearch> lock(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<SavedSearch> byToken(String token) {
        return em.createQuery("select s from SavedSearch s where s.unsubscribeToken = :token", SavedSearch.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    public List<SavedSearch> ofOwner(String owner) {
        return em.createQuery(
                        "select s from SavedSearch s where s.owner = :owner order by s.name, s.id", SavedSearch.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    public boolean nameTaken(String owner, String name) {
        return em.createQuery(
                                "select count(s) from SavedSearch s where s.owner = :owner and s.name = :name",
                                Long.class)
                        .setParameter("owner", owner)
                        .setParameter("name", name)
                        .getSingleResult()
                > 0;
    }

    /** Whether that saved search has an alert for that entry at that version already. */
    public boolean hasAlert(long savedSearchId, EntryType type, String key, Long version) {
        return em.createQuery(
                                "select count(a) from SavedSearchAlert a where a.savedSearchId = :id"
                                        + " and a.entryType = :type and a.entryKey = :key and a.entryVersion = :version",
                                Long.class)
                        .setParameter("id", savedSearchId)
                        .setParameter("type", type)
                        .setParameter("key", key)
                        .setParameter("version", version)
                        .getSingleResult()
                > 0;
    }

    /** Whether any saved search has alerts on: if none does, a publication has nobody to alert. */
    public boolean anyAlertsOn() {
        return !em.createQuery("select s.id from SavedSearch s where s.alertsOn = true", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<SavedSearch> withAlertsOn() {
        return em.createQuery("select s from SavedSearch s where s.alertsOn = true order by s.id", SavedSearch.class)
                .getResultList();
    }

    /** The latest alerts of one saved search, newest first. */
    public List<SavedSearchAlert> latestAlerts(long savedSearchId, int max) {
        return em.createQuery(
                        "select a from SavedSearchAlert a where a.savedSearchId = :id "
                                + "order by a.alertedAt desc, a.id desc",
                        SavedSearchAlert.class)
                .setParameter("id", savedSearchId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Alerts not yet sent by e-mail, oldest first. */
    public List<SavedSearchAlert> unmailed(long savedSearchId) {
        return em.createQuery(
                        "select a from SavedSearchAlert a where a.savedSearchId = :id and a.mailedAt is null "
                                + "order by a.alertedAt, a.id",
                        SavedSearchAlert.class)
                .setParameter("id", savedSearchId)
                .getResultList();
    }

    /** The saved searches with alerts on, an address, and alerts not yet sent. */
    public List<Long> dueForDigest() {
        return em.createQuery(
                        "select distinct s.id from SavedSearch s, SavedSearchAlert a "
                                + "where a.savedSearchId = s.id and a.mailedAt is null and s.alertsOn = true and s.email is not null "
                                + "order by s.id",
                        Long.class)
                .getResultList();
    }

    public void delete(SavedSearch search) {
        em.createQuery("delete from SavedSearchAlert a where a.savedSearchId = :id")
                .setParameter("id", search.getId())
                .executeUpdate();
        em.remove(search);
    }
}
