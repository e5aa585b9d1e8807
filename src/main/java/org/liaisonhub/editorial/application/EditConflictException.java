package org.liaisonhub.editorial.application;

import java.time.Instant;
import java.util.List;

/**
 * A save based on an outdated copy: someone else saved the entry after the editor loaded it. Carries what the
 * other save changed, so the editor can see it and decide; nothing was written.
 */
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long loadedVersion;
    private final long currentVersion;
    private final Instant changedAt;
    private final String changedBy;
    private final List<FieldChange> changes;

    public EditConflictException(
            long loadedVersion, long currentVersion, Instant changedAt, String changedBy, List<FieldChange> changes) {
        super("Someone else saved this entry after you opened it (your copy: version " + loadedVersion
                + ", now: version " + currentVersion + "). Nothing was saved.");
        this.loadedVersion = loadedVersion;
        this.currentVersion = currentVersion;
        this.changedAt = changedAt;
        this.changedBy = changedBy == null ? "an import" : changedBy;
        this.changes = List.copyOf(changes);
    }

    public long loadedVersion() {
        return loadedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    /** The fields as they are now, compared with the copy the editor loaded. */
    public List<FieldChange> changes() {
        return changes;
    }
}
