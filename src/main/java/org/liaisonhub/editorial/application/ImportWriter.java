package org.liaisonhub.editorial.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.application.ProcedureSheetRepository;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.practices.application.PracticeRepository;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.resources.application.NetworkResourceRepository;
import org.liaisonhub.resources.domain.NetworkResource;

/**
 * Writes a plan without a problem: each entry revised in place when it exists (entities say whether anything
 * changed, so re-importing counts "unchanged" and writes nothing), created otherwise in the status asked for.
 * Authorities first, so contacts find the authorities the same document brings.
 */
final class ImportWriter {

    private final DirectoryRepository directory;
    private final NetworkResourceRepository resources;
    private final PracticeRepository practices;
    private final ProcedureSheetRepository sheets;

    private int created;
    private int updated;
    private int unchanged;
    private final List<EntriesPublished.Published> published = new ArrayList<>();

    ImportWriter(
            DirectoryRepository directory,
            NetworkResourceRepository resources,
            PracticeRepository practices,
            ProcedureSheetRepository sheets) {
        this.directory = directory;
        this.resources = resources;
        this.practices = practices;
        this.sheets = sheets;
    }

    /** Writes every planned entry; entries it creates start in {@code newEntries}. One writer per import. */
    ImportResult write(ImportPlan plan, PublicationStatus newEntries) {
        Map<String, Authority> written = new HashMap<>();
        plan.authorities
                .values()
                .forEach(p -> written.put(
                        p.key(),
                        upsert(
                                p,
                                existing -> existing.revise(p.content()),
                                () -> Authority.create(p.key(), p.content()),
                                newEntries,
                                directory::add)));
        plan.contacts.forEach(p -> {
            Authority authority = written.computeIfAbsent(
                    p.content().authorityKey(), k -> directory.findAuthority(k).orElseThrow());
            upsert(
                    p,
                    existing -> existing.revise(authority, p.content()),
                    () -> ContactPoint.create(p.key(), authority, p.content()),
                    newEntries,
                    directory::add);
        });
        plan.resources.forEach(p -> upsert(
                p,
                existing -> existing.revise(p.content()),
                () -> NetworkResource.create(p.key(), p.content()),
                newEntries,
                resources::add));
        plan.practices.forEach(p -> upsert(
                p,
                existing -> existing.revise(p.content()),
                () -> GoodPractice.create(p.key(), p.content()),
                newEntries,
                practices::add));
        plan.procedures.forEach(p -> upsert(
                p,
                existing -> existing.revise(p.content()),
                () -> ProcedureSheet.create(p.key(), p.content()),
                newEntries,
                sheets::add));
        return new ImportResult(created, updated, unchanged);
    }

    /** The entries readers see anew after this write (created as PUBLISHED, or changed while PUBLISHED). */
    EntriesPublished published() {
        return new EntriesPublished(published);
    }

    private <E extends CatalogEntry> E upsert(
            ImportPlan.Planned<E, ?> planned,
            Predicate<E> revise,
            Supplier<E> create,
            PublicationStatus newEntries,
            Consumer<E> add) {
        if (planned.stored().isPresent()) {
            E existing = planned.stored().get();
            if (revise.test(existing)) {
                updated++;
                if (existing.getStatus() == PublicationStatus.PUBLISHED) {
                    published.add(new EntriesPublished.Published(existing.entryType(), existing.getKey(), false));
                }
            } else {
                unchanged++;
            }
            return existing;
        }
        E entry = create.get();
        entry.startAs(newEntries);
        add.accept(entry);
        created++;
        if (newEntries == PublicationStatus.PUBLISHED) {
            published.add(new EntriesPublished.Published(entry.entryType(), entry.getKey(), true));
        }
        return entry;
    }
}
