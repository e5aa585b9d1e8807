package org.liaisonhub.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.search.mapper.orm.Search;
import org.liaisonhub.directory.domain.Authority;

/** One small read per dependency, each in a transaction of its own so that one failing leaves the others be. */
@ApplicationScoped
public class HealthProbes {

    private final EntityManager em;

    HealthProbes() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public HealthProbes(EntityManager em) {
        this.em = em;
    }

    /** A round trip to the database. */
    @Transactional
    public void database() {
        em.createNativeQuery("select 1").getSingleResult();
    }

    /** A query the search backend (Lucene or OpenSearch) must answer. */
    @Transactional
    public void search() {
        Search.session(em).search(Authority.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** Index events committed but not yet processed by any node (outbox-polling coordination only). */
    @Transactional
    public long pendingOutboxEvents() {
        return ((Number) em.createNativeQuery("select count(*) from hsearch_outbox_event").getSingleResult())
                .longValue();
    }
}
