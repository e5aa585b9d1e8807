package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.domain.Edition;
import org.liaisonhub.editorial.domain.EditionDownload;
import org.liaisonhub.editorial.domain.EditionFile;

/** Stores editions, their files and their download log; lists newest first. */
@ApplicationScoped
public class EditionRepository {

    private final EntityManager em;

    EditionRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public EditionRepository(EntityManager em) {
        this.em = em;
    }

    public void add(Edition edition, List<EditionFile> files) {
        em.persist(edition);
        files.forEach(em::persist);
    }

    public Optional<Edition> find(long id) {
        return Optional.ofNullable(em.find(Edition.class, id));
    }

    public Optional<EditionFile> file(long editionId, EditionFile.Kind kind) {
        return em.createQuery(
                        "select f from EditionFile f where f.edition.id = :id and f.kind = :kind", EditionFile.class)
                .setParameter("id", editionId)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst();
    }

    /** The latest editions for these audiences, newest first. */
    public List<Edition> list(java.util.Set<Visibility> audiences) {
        return em.createQuery(
                        "select e from Edition e where e.audience in :audiences order by e.generatedAt desc, e.id desc",
                        Edition.class)
                .setParameter("audiences", audiences)
                .setMaxResults(500)
                .getResultList();
    }

    public void logDownload(EditionDownload download) {
        em.persist(download);
    }

    public List<EditionDownload> downloads(long editionId) {
        return em.createQuery(
                        "select d from EditionDownload d where d.editionId = :id order by d.downloadedAt desc, d.id desc",
                        EditionDownload.class)
                .setParameter("id", editionId)
                .setMaxResults(1000)
                .getResultList();
    }

    /** Downloads per edition id. */
    public Map<Long, Long> downloadCounts() {
        return em.createQuery(
                        "select d.editionId, count(d) from EditionDownload d group by d.editionId", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
