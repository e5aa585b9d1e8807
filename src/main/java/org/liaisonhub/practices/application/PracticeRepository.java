package org.liaisonhub.practices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.practices.domain.GoodPractice;

/** Loads good practices; reader queries take the visibility levels the reader may see. */
@ApplicationScoped
public class PracticeRepository {

    private final EntityManager em;

    PracticeRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public PracticeRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<GoodPractice> findByKey(String key) {
        return em.createQuery("select p from GoodPractice p where p.key = :key", GoodPractice.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    public Optional<GoodPractice> findVisible(String key, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select p from GoodPractice p where p.key = :key and p.visibility in :levels"
                                + " and p.status in :statuses",
                        GoodPractice.class)
                .setParameter("key", key)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultStream()
                .findFirst();
    }

    public List<GoodPractice> findAllVisible(Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select p from GoodPractice p where p.visibility in :levels and p.status in :statuses"
                                + " order by p.key",
                        GoodPractice.class)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    public void add(GoodPractice practice) {
        em.persist(practice);
    }
}
