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
 * indexed on commit) or none is.
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

    /** Imports with new entries published (the demo data, restoring an export). */
    @Transactional
    public ImportResult importDocument(ExchangeDocument document) {
        return importDocument(document, PublicationStatus.PUBLISHED);
    }

    /**
     * Imports; entries the document creates start in {@code newEntries} (PUBLISHED or DRAFT). Entries that exist
     * already keep their workflow status: a re-import changes content, not what editors decided.
     */
    @Transactional
    public ImportResult importDocument(ExchangeDocument document, PublicationStatus newEntries) {
        Map<String, Authority> authorities = new HashMap<>();
        checkReferences(document, authorities);
        Counter counter = new Counter();
        for (Keyed<AuthorityContent> record : document.authorities()) {
            Authority authority = upsert(directory.findAuthority(record.key()), counter,
                    existing -> existing.revise(record.content()),
                    () -> Authority.create(record.key(), record.content()), e -> add(e, newEntries, directory::add));
            authorities.put(record.key(), authority);
        }
        for (Keyed<ContactContent> record : document.contacts()) {
            Authority authority = authorities.get(record.content().authorityKey());
            upsert(directory.findContact(record.key()), counter, existing -> existing.revise(authority,
                    record.content()), () -> ContactPoint.create(record.key(), authority, record.content()),
                    e -> add(e, newEntries, directory::add));
        }
        for (Keyed<ResourceContent> record : document.resources()) {
            upsert(resources.findByKey(record.key()), counter, existing -> existing.revise(record.content()),
                    () -> NetworkResource.create(record.key(), record.content()),
                    e -> add(e, newEntries, resources::add));
        }
        for (Keyed<PracticeContent> record : document.practices()) {
            upsert(practices.findByKey(record.key()), counter, existing -> existing.revise(record.content()),
                    () -> GoodPractice.create(record.key(), record.content()),
                    e -> add(e, newEntries, practices::add));
        }
        return new ImportResult(counter.created, counter.updated, counter.unchanged);
    }

    /** Every contact must name an authority in the document or already in Liaison. */
    private void checkReferences(ExchangeDocument document, Map<String, Authority> authorities) {
        List<Problem> problems = new ArrayList<>();
        for (Keyed<ContactContent> contact : document.contacts()) {
            String authorityKey = contact.content().authorityKey();
            boolean inDocument = document.authorities().stream().anyMatch(a -> a.key().equals(authorityKey));
            if (!inDocument && !authorities.containsKey(authorityKey)) {
                Optional<Authority> existing = directory.findAuthority(authorityKey);
                if (existing.isPresent()) {
                    authorities.put(authorityKey, existing.get());
                } else {
                    problems.add(new Problem("contacts", contact.key(), "authority",
                            "no authority with key '" + authorityKey + "' in this document or in Liaison"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidDocumentException.of(problems);
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
