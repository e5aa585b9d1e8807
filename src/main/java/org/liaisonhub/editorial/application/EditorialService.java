package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.resources.domain.ResourceContent;

/**
 * What editors do to one entry: open it, create or save it (validated, normalised, checked against the
 * version they opened), and move it through the workflow. Saves never overwrite a newer version.
 */
@ApplicationScoped
public class EditorialService {

    private final EditorialRepository entries;
    private final DirectoryRepository directory;
    private final EntityManager em;
    private final Event<EntriesPublished> published;

    EditorialService() {
        this(null, null, null, null); // for CDI's client proxy only
    }

    @Inject
    public EditorialService(
            EditorialRepository entries,
            DirectoryRepository directory,
            EntityManager em,
            Event<EntriesPublished> published) {
        this.entries = entries;
        this.directory = directory;
        this.em = em;
        this.published = published;
    }

    @Transactional
    public Optional<EntryForEdit> open(EntryType type, String key) {
        return entries.find(type, key).map(EditorialService::forEdit);
    }

    @Transactional
    public List<EditorialEntry> inStatus(PublicationStatus status) {
        return entries.inStatus(status);
    }

    @Transactional
    public long countInStatus(PublicationStatus status) {
        return entries.countInStatus(status);
    }

    /** A new entry, created as a DRAFT. */
    @Transactional
    public EntryForEdit create(EntryType type, String key, Record content, String editor) {
        String k = key == null ? "" : key.strip();
        if (!ExchangeReader.KEY.matcher(k).matches()) {
            throw invalid(type, k, "key", "must be 2–100 lower-case letters, digits, '.', '_' or '-'");
        }
        if (entries.find(type, k).isPresent()) {
            throw invalid(type, k, "key", "is already used by another " + type.code());
        }
        CatalogEntry entry =
                switch (type) {
                    case AUTHORITY -> Authority.create(k, EntryValidation.authority(k, (AuthorityContent) content));
                    case CONTACT -> {
                        ContactContent c = (ContactContent) content;
                        Authority authority = authorityOf(k, c);
                        yield ContactPoint.create(
                                k,
                                authority,
                                EntryValidation.contact(k, c, authority.getCountry(), authority.getVisibility()));
                    }
                    case RESOURCE -> NetworkResource.create(k, EntryValidation.resource(k, (ResourceContent) content));
                    case PRACTICE -> GoodPractice.create(k, EntryValidation.practice(k, (PracticeContent) content));
                    case PROCEDURE -> ProcedureSheet.create(k, sheet(k, (ProcedureSheetContent) content));
                };
        entry.startAs(PublicationStatus.DRAFT);
        entry.savedBy(editor);
        em.persist(entry);
        em.flush();
        return forEdit(entry);
    }

    /**
     * Saves new content over the version the editor opened ({@code loadedVersion}, with {@code loadedContent}
     * as it was then). Refused with {@link EditConflictException} when someone saved in between.
     */
    @Transactional
    public EntryForEdit save(
            EntryType type, String key, long loadedVersion, Record loadedContent, Record content, String editor) {
        CatalogEntry entry = entries.find(type, key).orElseThrow(() -> new EntryNotFoundException(type.code(), key));
        checkVersion(entry, loadedVersion, loadedContent);
        boolean changed =
                switch (type) {
                    case AUTHORITY ->
                        ((Authority) entry).revise(EntryValidation.authority(key, (AuthorityContent) content));
                    case CONTACT -> {
                        ContactContent c = (ContactContent) content;
                        Authority authority = authorityOf(key, c);
                        yield ((ContactPoint) entry)
                                .revise(
                                        authority,
                                        EntryValidation.contact(
                                                key, c, authority.getCountry(), authority.getVisibility()));
                    }
                    case RESOURCE ->
                        ((NetworkResource) entry).revise(EntryValidation.resource(key, (ResourceContent) content));
                    case PRACTICE ->
                        ((GoodPractice) entry).revise(EntryValidation.practice(key, (PracticeContent) content));
                    case PROCEDURE -> ((ProcedureSheet) entry).revise(sheet(key, (ProcedureSheetContent) content));
                };
        if (changed) {
            entry.savedBy(editor);
            flush(entry, loadedVersion, loadedContent);
            if (entry.getStatus() == PublicationStatus.PUBLISHED) {
                published.fire(EntriesPublished.one(type, key, false));
            }
        }
        return forEdit(entry);
    }

    /** How many contact points of this authority are more open than it, and so hidden with it; 0 if none. */
    @Transactional
    public long contactsHiddenWithAuthority(String authorityKey) {
        return entries.find(EntryType.AUTHORITY, authorityKey)
                .map(a -> directory.countContactsMoreOpenThan((Authority) a))
                .orElse(0L);
    }

    /** Submit for review, publish, archive, back to draft. */
    @Transactional
    public EntryForEdit moveTo(
            EntryType type, String key, PublicationStatus target, long loadedVersion, String editor) {
        CatalogEntry entry = entries.find(type, key).orElseThrow(() -> new EntryNotFoundException(type.code(), key));
        checkVersion(entry, loadedVersion, null);
        if (!entry.getStatus().mayMoveTo(target)) {
            throw new WorkflowException("A " + type.code() + " in status " + entry.getStatus() + " cannot move to "
                    + target + "; from there it can go to " + entry.getStatus().next() + ".");
        }
        PublicationStatus before = entry.getStatus();
        entry.moveTo(target);
        entry.savedBy(editor);
        flush(entry, loadedVersion, null);
        if (target == PublicationStatus.PUBLISHED && before != PublicationStatus.PUBLISHED) {
            published.fire(EntriesPublished.one(type, key, true));
        }
        return forEdit(entry);
    }

    private void checkVersion(CatalogEntry entry, long loadedVersion, Record loadedContent) {
        if (entry.getVersion() != loadedVersion) {
            throw new EditConflictException(
                    loadedVersion,
                    entry.getVersion(),
                    entry.getUpdatedAt(),
                    entry.getUpdatedBy(),
                    loadedContent == null ? List.of() : ContentDiff.between(loadedContent, content(entry)));
        }
    }

    /** A save committed between our read and our write still loses: the @Version check in the UPDATE. */
    private void flush(CatalogEntry entry, long loadedVersion, Record loadedContent) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(loadedVersion, loadedVersion + 1, null, null, List.of());
        }
    }

    private Authority authorityOf(String key, ContactContent content) {
        String authorityKey =
                content.authorityKey() == null ? "" : content.authorityKey().strip();
        return entries.find(EntryType.AUTHORITY, authorityKey)
                .map(Authority.class::cast)
                .orElseThrow(() ->
                        invalid(EntryType.CONTACT, key, "authority", "no authority with key '" + authorityKey + "'"));
    }

    /** A sheet names an authority that exists, and is the only one for its country and kind of request. */
    private ProcedureSheetContent sheet(String key, ProcedureSheetContent content) {
        List<Problem> problems = new ArrayList<>();
        String authority =
                content.authorityKey() == null ? "" : content.authorityKey().strip();
        if (!authority.isEmpty() && entries.find(EntryType.AUTHORITY, authority).isEmpty()) {
            problems.add(new Problem("procedure", key, "authority", "no authority with key '" + authority + "'"));
        }
        String country = content.country() == null ? "" : content.country().strip();
        entries.sheetFor(country, content.request())
                .filter(other -> !other.equals(key))
                .ifPresent(other -> problems.add(new Problem(
                        "procedure",
                        key,
                        "request",
                        "'" + other + "' is already the sheet for " + content.request() + " requests to " + country)));
        return EntryValidation.procedure(key, content, problems);
    }

    private static InvalidDocumentException invalid(EntryType type, String key, String field, String message) {
        return new InvalidDocumentException(
                "invalid-entry",
                "1 problem; nothing was saved",
                List.of(new Problem(type.code(), key, field, message)));
    }

    static Record content(CatalogEntry entry) {
        return switch (entry.entryType()) {
            case AUTHORITY -> ((Authority) entry).content();
            case CONTACT -> ((ContactPoint) entry).content();
            case RESOURCE -> ((NetworkResource) entry).content();
            case PRACTICE -> ((GoodPractice) entry).content();
            case PROCEDURE -> ((ProcedureSheet) entry).content();
        };
    }

    private static EntryForEdit forEdit(CatalogEntry entry) {
        return new EntryForEdit(
                entry.entryType().code(),
                entry.getKey(),
                content(entry),
                entry.getStatus(),
                entry.getVersion(),
                entry.getUpdatedAt(),
                entry.getUpdatedBy());
    }
}
