package org.liaisonhub.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.ProcedureSheet;

/** Loads country procedure sheets; reader queries take the visibility levels and statuses the reader may see. */
@ApplicationScoped
public class ProcedureSheetRepository {

    private final EntityManager em;

    ProcedureSheetRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public ProcedureSheetRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ProcedureSheet> findByKey(String key) {
        return em.createQuery("select s from ProcedureSheet s where s.key = :key", ProcedureSheet.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The sheet for this country and kind of request, whatever its status (one per pair). */
    public Optional<ProcedureSheet> findFor(String country, Competence request) {
        return em.createQuery(
                        "select s from ProcedureSheet s where s.country = :country and s.request = :request",
                        ProcedureSheet.class)
                .setParameter("country", country)
                .setParameter("request", request)
                .getResultStream()
                .findFirst();
    }

    public Optional<ProcedureSheet> findVisible(String key, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select s from ProcedureSheet s where s.key = :key and s.visibility in :levels"
                                + " and s.status in :statuses",
                        ProcedureSheet.class)
                .setParameter("key", key)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultStream()
                .findFirst();
    }

    /** The visible sheets, of one country and one kind of request when they are given (null: any). */
    public List<ProcedureSheet> findAllVisible(
            String country, Competence request, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        var query = em.createQuery(
                        "select s from ProcedureSheet s where s.visibility in :levels"
                                + " and s.status in :statuses" + (country == null ? "" : " and s.country = :country")
                                + (request == null ? "" : " and s.request = :request")
                                + " order by s.country, s.request, s.key",
                        ProcedureSheet.class)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses);
        if (country != null) {
            query.setParameter("country", country);
        }
        if (request != null) {
            query.setParameter("request", request);
        }
        return query.getResultList();
    }

    public void add(ProcedureSheet sheet) {
        em.persist(sheet);
    }
}
