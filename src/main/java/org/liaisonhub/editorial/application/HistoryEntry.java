package org.liaisonhub.editorial.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One audited revision of an entry: who saved it and when, and which fields it changed compared with the
 * revision before (every field, for the revision that created the entry).
 */
public record HistoryEntry(long revision, Instant when, String who, boolean created, List<FieldChange> changes)
        implements Serializable {}
