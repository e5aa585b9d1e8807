package org.liaisonhub.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.resources.domain.NetworkResource;

/** Loads network resources; every query that serves a reader takes the visibility levels it may see. */
@ApplicationScoped
public class NetworkResourceRepository {

    private final EntityManager em;

    NetworkResourceRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public NetworkResourceRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<NetworkResource> findByKey(String key) {
        return em.createQuery("select r from NetworkResource r where r.key = :key", NetworkResource.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    public Optional<NetworkResource> findVisible(String key, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select r from NetworkResource r where r.key = :key and r.visibility in :levels"
                                + " and r.status in :statuses",
                        NetworkResource.class)
                .setParameter("key", key)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultStream()
                .findFirst();
    }

    /** Resources practitioners may mean by these network names, compared by name or acronym, ignoring case. */
    public List<NetworkResource> findKnownAs(
            Collection<String> names, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> lower =
                names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        return em.createQuery(
                        "select r from NetworkResource r where r.visibility in :levels and r.status in :statuses"
                                + " and (lower(r.name) in :names or lower(r.acronym) in :names) order by r.name",
                        NetworkResource.class)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .setParameter("names", lower)
                .getResultList();
    }

    public List<NetworkResource> findAllVisible(Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select r from NetworkResource r where r.visibility in :levels and r.status in :statuses"
                                + " order by r.key",
                        NetworkResource.class)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    public void add(NetworkResource resource) {
        em.persist(resource);
    }
}
