package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The current {@link ContentGeneration}. Every audited change (edit, import, workflow move, restore) adds a
 * revision row to the shared database, so every node of a cluster sees the generation change at once, and
 * results cached under an older generation are simply never asked for again. One aggregate query per call.
 */
@ApplicationScoped
public class ContentGenerationService {

    private final EntityManager em;

    ContentGenerationService() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public ContentGenerationService(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentGeneration current() {
        Object[] row = em.createQuery("select count(r), max(r.id) from Revision r", Object[].class)
                .getSingleResult();
        return new ContentGeneration(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }
}
