package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.editorial.domain.OutdatedReport;

/** Stores and lists "report outdated" entries, oldest open report first. */
@ApplicationScoped
public class ReportRepository {

    private final EntityManager em;

    ReportRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public ReportRepository(EntityManager em) {
        this.em = em;
    }

    public void add(OutdatedReport report) {
        em.persist(report);
    }

    public Optional<OutdatedReport> find(long id) {
        return Optional.ofNullable(em.find(OutdatedReport.class, id));
    }

    public List<OutdatedReport> findOpen() {
        return em.createQuery(
                        "select r from OutdatedReport r where r.handledAt is null order by r.reportedAt, r.id",
                        OutdatedReport.class)
                .getResultList();
    }

    public List<OutdatedReport> findAll() {
        return em.createQuery(
                        "select r from OutdatedReport r order by r.reportedAt desc, r.id desc", OutdatedReport.class)
                .setMaxResults(1000)
                .getResultList();
    }
}
