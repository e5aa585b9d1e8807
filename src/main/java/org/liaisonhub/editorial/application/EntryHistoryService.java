package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.editorial.domain.Revision;

/**
 * An entry's audit history (Hibernate Envers): its revisions, each with who, when and the fields it changed
 * (a diff between consecutive versions), and "restore this version", which saves the old content as a new,
 * equally audited revision.
 */
@ApplicationScoped
public class EntryHistoryService {

    private final EditorialRepository entries;
    private final EditorialService editorial;
    private final EntityManager em;

    EntryHistoryService() {
        this(null, null, null); // for CDI's client proxy only
    }

    @Inject
    public EntryHistoryService(EditorialRepository entries, EditorialService editorial, EntityManager em) {
        this.entries = entries;
        this.editorial = editorial;
        this.em = em;
    }

    /** Newest first; empty when there is no such entry. */
    @Transactional
    public Optional<List<HistoryEntry>> history(EntryType type, String key) {
        return entries.find(type, key).map(entry -> {
            List<HistoryEntry> out = new ArrayList<>();
            Record previous = null;
            PublicationStatus previousStatus = null;
            for (Object[] row : revisions(entry)) {
                if (row[2] == RevisionType.DEL) {
                    continue;
                }
                CatalogEntry version = (CatalogEntry) row[0];
                Record content = EditorialService.content(version);
                Revision revision = (Revision) row[1];
                List<FieldChange> changes = new ArrayList<>(ContentDiff.between(previous, content));
                // The workflow status is not part of the content record, but moving an entry is a change too.
                if (previous != null && version.getStatus() != previousStatus) {
                    changes.add(new FieldChange(
                            "status", String.valueOf(previousStatus), String.valueOf(version.getStatus())));
                }
                out.add(new HistoryEntry(
                        revision.getId(), revision.getInstant(), revision.getUsername(), previous == null, changes));
                previous = content;
                previousStatus = version.getStatus();
            }
            Collections.reverse(out);
            return out;
        });
    }

    /**
     * Saves the content the entry had at {@code revision} as its newest version (status unchanged), only if the
     * entry is still at {@code seenVersion}, the version the editor saw when they opened the history: if someone
     * saved in between, nothing is written and {@link EditConflictException} says who and when, as the edit form
     * does. {@code seenContent} (the content at {@code seenVersion}, when known) lets it list what they changed.
     */
    @Transactional
    public EntryForEdit restore(
            EntryType type, String key, long revision, long seenVersion, Record seenContent, String editor) {
        CatalogEntry entry = entries.find(type, key).orElseThrow(() -> new EntryNotFoundException(type.code(), key));
        Object old = reader().find(entry.getClass(), entry.getId(), revision);
        if (old == null) {
            throw new EntryNotFoundException(type.code() + " revision " + revision, key);
        }
        Record oldContent = EditorialService.content((CatalogEntry) old);
        return editorial.save(type, key, seenVersion, seenContent, oldContent, editor);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> revisions(CatalogEntry entry) {
        return reader().createQuery()
                .forRevisionsOfEntity(entry.getClass(), false, true)
                .add(AuditEntity.id().eq(entry.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }
}
