package org.liaisonhub.editorial.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.practices.application.PracticeRepository;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.application.NetworkResourceRepository;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.resources.domain.ResourceContent;

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
 * form does ({@link RichText#forStorage}).</li>
 * </ul>
 * Every record is checked before anything is written, and all problems are reported together.
 */
@ApplicationScoped
public class ImportService {

    private final DirectoryRepository directory;
    private final NetworkResourceRepository resources;
    private final PracticeRepository practices;

    ImportService() {
        this(null, null, null); // for CDI's client proxy only
    }

    @Inject
    public ImportService(DirectoryRepository directory, NetworkResourceRepository resources,
            PracticeRepository practices) {
        this.directory = directory;
        this.resources = resources;
        this.practices = practices;
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
    public ImportResult importDocument(ExchangeDocument document, PublicationStatus newEntries,
            boolean allowLowerVisibility) {
        Plan plan = new Plan(allowLowerVisibility);
        Map<String, Planned<Authority, AuthorityContent>> authorities = new HashMap<>();
        for (Keyed<AuthorityContent> record : document.authorities()) {
            Optional<Authority> stored = directory.findAuthority(record.key());
            AuthorityContent content = sanitized(record.key(), stored.map(a -> ContentMerge.keepOmitted(a.content(),
                    record)).orElse(record.content()), plan);
            stored.ifPresent(a -> plan.checkLowering("authorities", record.key(), "visibility", a.getVisibility(),
                    content.visibility()));
            authorities.put(record.key(), new Planned<>(stored, content));
        }
        List<Planned<ContactPoint, ContactContent>> contacts = new ArrayList<>();
        for (Keyed<ContactContent> record : document.contacts()) {
            contacts.add(planContact(record, authorities, plan));
        }
        List<Planned<NetworkResource, ResourceContent>> plannedResources = new ArrayList<>();
        for (Keyed<ResourceContent> record : document.resources()) {
            Optional<NetworkResource> stored = resources.findByKey(record.key());
            ResourceContent content = sanitized(record.key(), stored.map(r -> ContentMerge.keepOmitted(r.content(),
                    record)).orElse(record.content()), plan);
            stored.ifPresent(r -> plan.checkLowering("resources", record.key(), "visibility", r.getVisibility(),
                    content.visibility()));
            plannedResources.add(new Planned<>(stored, content));
        }
        List<Planned<GoodPractice, PracticeContent>> plannedPractices = new ArrayList<>();
        for (Keyed<PracticeContent> record : document.practices()) {
            Optional<GoodPractice> stored = practices.findByKey(record.key());
            PracticeContent content = sanitized(record.key(), stored.map(p -> ContentMerge.keepOmitted(p.content(),
                    record)).orElse(record.content()), plan);
            stored.ifPresent(p -> plan.checkLowering("practices", record.key(), "visibility", p.getVisibility(),
                    content.visibility()));
            plannedPractices.add(new Planned<>(stored, content));
        }
        plan.refuseIfAnyProblem();

        Counter counter = new Counter();
        Map<String, Authority> written = new HashMap<>();
        for (Keyed<AuthorityContent> record : document.authorities()) {
            Planned<Authority, AuthorityContent> p = authorities.get(record.key());
            written.put(record.key(), upsert(p.stored(), counter, existing -> existing.revise(p.content()),
                    () -> Authority.create(record.key(), p.content()), e -> add(e, newEntries, directory::add)));
        }
        for (int i = 0; i < contacts.size(); i++) {
            String key = document.contacts().get(i).key();
            Planned<ContactPoint, ContactContent> p = contacts.get(i);
            Authority authority = written.computeIfAbsent(p.content().authorityKey(),
                    k -> directory.findAuthority(k).orElseThrow());
            upsert(p.stored(), counter, existing -> existing.revise(authority, p.content()),
                    () -> ContactPoint.create(key, authority, p.content()), e -> add(e, newEntries, directory::add));
        }
        for (int i = 0; i < plannedResources.size(); i++) {
            String key = document.resources().get(i).key();
            Planned<NetworkResource, ResourceContent> p = plannedResources.get(i);
            upsert(p.stored(), counter, existing -> existing.revise(p.content()),
                    () -> NetworkResource.create(key, p.content()), e -> add(e, newEntries, resources::add));
        }
        for (int i = 0; i < plannedPractices.size(); i++) {
            String key = document.practices().get(i).key();
            Planned<GoodPractice, PracticeContent> p = plannedPractices.get(i);
            upsert(p.stored(), counter, existing -> existing.revise(p.content()),
                    () -> GoodPractice.create(key, p.content()), e -> add(e, newEntries, practices::add));
        }
        return new ImportResult(counter.created, counter.updated, counter.unchanged);
    }

    /**
     * A contact must name an authority in the document or already in Liaison, and may not be more open than it.
     * A new contact without a level takes its authority's: the safest level that still shows it to everyone who
     * may see the authority.
     */
    private Planned<ContactPoint, ContactContent> planContact(Keyed<ContactContent> record,
            Map<String, Planned<Authority, AuthorityContent>> authorities, Plan plan) {
        Optional<ContactPoint> stored = directory.findContact(record.key());
        ContactContent content = stored.map(c -> ContentMerge.keepOmitted(c.content(), record))
                .orElse(record.content());
        String authorityKey = content.authorityKey();
        Visibility authorityLevel = Optional.ofNullable(authorities.get(authorityKey))
                .map(a -> a.content().visibility())
                .or(() -> directory.findAuthority(authorityKey).map(Authority::getVisibility)).orElse(null);
        if (authorityLevel == null) {
            plan.problem("contacts", record.key(), "authority",
                    "no authority with key '" + authorityKey + "' in this document or in Liaison");
            return new Planned<>(stored, content);
        }
        if (stored.isEmpty() && !record.gives("visibility")) {
            content = withVisibility(content, authorityLevel);
        }
        if (record.gives("visibility")) {
            String refusal = EntryValidation.contactMoreOpenThanAuthority(content.visibility(), authorityKey,
                    authorityLevel);
            if (refusal != null) {
                plan.problem("contacts", record.key(), "visibility", refusal);
            }
        }
        ContactContent planned = content;
        stored.ifPresent(c -> {
            plan.checkLowering("contacts", record.key(), "visibility", c.getVisibility(), planned.visibility());
            plan.checkLowering("contacts", record.key(), "personalDetailsVisibility",
                    c.getPersonalDetailsVisibility(), planned.personalDetailsVisibility());
        });
        return new Planned<>(stored, content);
    }

    private static ContactContent withVisibility(ContactContent c, Visibility level) {
        return new ContactContent(c.authorityKey(), c.role(), c.personName(), c.email(), c.phone(), c.languages(),
                c.channels(), c.competences(), c.networks(), level, c.lastVerified(), c.personalDetailsVisibility());
    }

    private static AuthorityContent sanitized(String key, AuthorityContent c, Plan plan) {
        return new AuthorityContent(c.name(), c.localName(), c.country(), c.kind(), c.website(),
                plan.rich("authorities", key, "description", c.description(), 20_000), c.networks(), c.competences(),
                c.visibility());
    }

    private static ResourceContent sanitized(String key, ResourceContent c, Plan plan) {
        return new ResourceContent(c.name(), c.acronym(), c.kind(),
                plan.rich("resources", key, "description", c.description(), 20_000), c.url(), c.access(),
                c.operator(), c.ictCategories(), c.visibility());
    }

    private static PracticeContent sanitized(String key, PracticeContent c, Plan plan) {
        return new PracticeContent(c.title(), c.country(), plan.rich("practices", key, "summary", c.summary(), 2_000),
                plan.rich("practices", key, "body", c.body(), 100_000), c.ictCategories(), c.challenges(),
                c.visibility(), c.source(), c.answers());
    }

    /** What an entry will become: the stored entry, if any, and its new content. */
    private record Planned<E, C>(Optional<E> stored, C content) {
    }

    /** The problems found while planning; nothing is written unless there are none. */
    private static final class Plan {

        private final boolean allowLowerVisibility;
        private final List<Problem> problems = new ArrayList<>();

        Plan(boolean allowLowerVisibility) {
            this.allowLowerVisibility = allowLowerVisibility;
        }

        void problem(String section, String key, String field, String message) {
            problems.add(new Problem(section, key, field, message));
        }

        void checkLowering(String section, String key, String field, Visibility stored, Visibility imported) {
            if (!allowLowerVisibility && imported.compareTo(stored) < 0) {
                problem(section, key, field, "would be lowered from " + stored + " to " + imported
                        + " (visible to more people); import with ?allowLowerVisibility=true to confirm");
            }
        }

        /** Sanitised first: the limit applies to what is stored (escaping can make the text longer). */
        String rich(String section, String key, String field, String text, int max) {
            String stored = RichText.forStorage(text);
            if (stored != null && stored.length() > max) {
                problem(section, key, field, "is longer than " + max + " characters once sanitised");
            }
            return stored;
        }

        void refuseIfAnyProblem() {
            if (!problems.isEmpty()) {
                throw InvalidDocumentException.of(problems);
            }
        }
    }

    private interface Reviser<E> {
        boolean revise(E existing);
    }

    private interface Creator<E> {
        E create();
    }

    private interface Adder<E> {
        void add(E entry);
    }

    private static <E extends CatalogEntry> void add(E entry, PublicationStatus status, Adder<E> adder) {
        entry.startAs(status);
        adder.add(entry);
    }

    private static <E> E upsert(Optional<E> found, Counter counter, Reviser<E> reviser, Creator<E> creator,
            Adder<E> adder) {
        if (found.isPresent()) {
            if (reviser.revise(found.get())) {
                counter.updated++;
            } else {
                counter.unchanged++;
            }
            return found.get();
        }
        E created = creator.create();
        adder.add(created);
        counter.created++;
        return created;
    }

    private static final class Counter {
        int created;
        int updated;
        int unchanged;
    }
}
