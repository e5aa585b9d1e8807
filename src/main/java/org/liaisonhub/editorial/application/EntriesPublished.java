package org.liaisonhub.editorial.application;

import java.util.List;
import org.liaisonhub.catalog.EntryType;

/**
 * Entries that readers may now see anew: published for the first time (or again), or changed while published.
 * Fired by {@link EditorialService} and {@link ImportService} inside the writing transaction, as its last step;
 * features that react to publication observe it there to write in the same commit (saved-search alerts record what
 * is to be matched) and after a successful commit ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}), so a
 * rolled-back write alerts nobody.
 */
public record EntriesPublished(List<Published> entries) {

    public EntriesPublished {
        entries = List.copyOf(entries);
    }

    /** One entry; {@code newlyPublished}: it just became PUBLISHED (false: its published content changed). */
    public record Published(EntryType type, String key, boolean newlyPublished) {}

    public static EntriesPublished one(EntryType type, String key, boolean newlyPublished) {
        return new EntriesPublished(List.of(new Published(type, key, newlyPublished)));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
