package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.application.ProcedureSheetRepository;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.practices.application.PracticeRepository;
import org.liaisonhub.resources.application.NetworkResourceRepository;

/**
 * Upserts a validated exchange document by key, in one transaction: either every entry is written (and
 * indexed on commit) or none is. An import never fails open:
 * <ul>
 * <li>a member left out of a record for an existing entry keeps the stored value ({@link ContentMerge}), so a
 * forgotten {@code visibility} does not make an entry PUBLIC and a forgotten description does not erase it;</li>
 * <li>a new contact point without {@code visibility} takes its authority's; a contact point given a level more
 * open than its authority's is refused;</li>
 * <li>lowering an existing entry's {@code visibility} or {@code personalDetailsVisibility} is refused unless the
 * caller says so ({@code allowLowerVisibility});</li>
 * <li>rich text (descriptions, summaries, practice bodies) is sanitised before it is stored, as the editor
 * form does ({@link RichText#forStorage}), and must still fit its limit.</li>
 * </ul>
 * Every record is planned before anything is written ({@link ImportPlanner}), and all problems are reported together;
 * then {@link ImportWriter} writes.
 */
@ApplicationScoped
public class ImportService {

    private final DirectoryRepository directory;
    private final NetworkResourceRepository resources;
    private final PracticeRepository practices;
    private final ProcedureSheetRepository sheets;
    private final Event<EntriesPublished> published;

    ImportService() {
        this(null, null, null, null, null); // for CDI's client proxy only
    }

    @Inject
    public ImportService(
            DirectoryRepository directory,
            NetworkResourceRepository resources,
            PracticeRepository practices,
            ProcedureSheetRepository sheets,
            Event<EntriesPublished> published) {
        this.directory = directory;
        this.resources = resources;
        this.practices = practices;
        this.sheets = sheets;
        this.published = published;
    }

    /** Imports with new entries published (the demo data, restoring an export); never lowers a visibility. */
    @Transactional
    public ImportResult importDocument(ExchangeDocument document) {
        return importDocument(document, PublicationStatus.PUBLISHED, false);
    }

    /** As {@link #importDocument(ExchangeDocument, PublicationStatus, boolean)}, never lowering a visibility. */
    @Transactional
    public ImportResult importDocument(ExchangeDocument document, PublicationStatus newEntries) {
        return importDocument(document, newEntries, false);
    }

    /**
     * Imports; entries the document creates start in {@code newEntries} (PUBLISHED or DRAFT). Entries that exist
     * already keep their workflow status: a re-import changes content, not what editors decided.
     *
     * @param allowLowerVisibility whether the caller confirmed that entries may become visible to more people
     *            than now; without it, such an import is refused whole, naming the entries
     */
    @Transactional
    public ImportResult importDocument(
            ExchangeDocument document, PublicationStatus newEntries, boolean allowLowerVisibility) {
        ImportPlan plan =
                new ImportPlanner(directory, resources, practices, sheets).plan(document, allowLowerVisibility);
        plan.refuseIfAnyProblem();
        ImportWriter writer = new ImportWriter(directory, resources, practices, sheets);
        ImportResult result = writer.write(plan, newEntries);
        EntriesPublished readersSeeAnew = writer.published();
        if (!readersSeeAnew.isEmpty()) {
            published.fire(readersSeeAnew);
        }
        return result;
    }
}
