package org.liaisonhub.search.application;

import java.util.Map;
import java.util.Objects;

/**
 * One kind of entry, its database rows against its index documents, compared entry by entry: {@code missing}
 * entries have no document, {@code stale} ones a document older than the entry (another version, or a contact
 * point still showing its authority's old name), {@code orphaned} documents no entry any more.
 */
public record IndexCheck(String kind, long stored, long indexed, long missing, long stale, long orphaned) {

    /**
     * Compares two maps from entry id to fingerprint (what the index must hold for the entry to be in step,
     * computed once from the database and once from the index).
     */
    public static IndexCheck compare(String kind, Map<Long, String> stored, Map<Long, String> indexed) {
        long missing = 0;
        long stale = 0;
        for (Map.Entry<Long, String> entry : stored.entrySet()) {
            if (!indexed.containsKey(entry.getKey())) {
                missing++;
            } else if (!Objects.equals(entry.getValue(), indexed.get(entry.getKey()))) {
                stale++;
            }
        }
        long orphaned =
                indexed.keySet().stream().filter(id -> !stored.containsKey(id)).count();
        return new IndexCheck(kind, stored.size(), indexed.size(), missing, stale, orphaned);
    }

    public boolean inStep() {
        return missing == 0 && stale == 0 && orphaned == 0;
    }

    @Override
    public String toString() {
        return kind + ": " + stored + " entries, " + indexed + " documents"
                + (inStep() ? "" : " (" + missing + " missing, " + stale + " stale, " + orphaned + " orphaned)");
    }
}
