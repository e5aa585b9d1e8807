package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.application.ProcedureSheetRepository;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.editorial.domain.Revision;

/**
 * A country procedure sheet's audit history (Hibernate Envers), as {@link EntryHistoryService} gives an entry's:
 * its revisions, newest first, each with who, when and the fields it changed.
 */
@ApplicationScoped
public class ProcedureSheetHistoryService {

    private final ProcedureSheetRepository sheets;
    private final EntityManager em;

    ProcedureSheetHistoryService() {
        this(null, null); // for CDI's client proxy only
    }

    @Inject
    public ProcedureSheetHistoryService(ProcedureSheetRepository sheets, EntityManager em) {
        this.sheets = sheets;
        this.em = em;
    }

    /** Newest first; empty when there is no such sheet. */
    @Transactional
    public Optional<List<HistoryEntry>> history(String key) {
        return sheets.findByKey(key).map(sheet -> {
            List<HistoryEntry> out = new ArrayList<>();
            ProcedureSheetContent previous = null;
            PublicationStatus previousStatus = null;
            for (Object[] row : revisions(sheet)) {
                if (row[2] == RevisionType.DEL) {
                    continue;
                }
                ProcedureSheet version = (ProcedureSheet) row[0];
                ProcedureSheetContent content = version.content();
                Revision revision = (Revision) row[1];
                List<FieldChange> changes = new ArrayList<>(ContentDiff.between(previous, content));
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

    @SuppressWarnings("unchecked")
    private List<Object[]> revisions(ProcedureSheet sheet) {
        return AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(ProcedureSheet.class, false, true)
                .add(AuditEntity.id().eq(sheet.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }
}
