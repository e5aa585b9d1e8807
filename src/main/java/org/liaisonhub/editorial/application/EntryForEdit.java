package org.liaisonhub.editorial.application;

import java.io.Serializable;
import java.time.Instant;
import org.liaisonhub.catalog.PublicationStatus;

/**
 * An entry as an editor opens it: its content record (AuthorityContent, ContactContent, ResourceContent or
 * PracticeContent), its workflow status, and the version the editor's save will be checked against. Serializable:
 * the history page keeps the one it opened in the (distributable) session, to check a restore against it.
 */
public record EntryForEdit(
        String type,
        String key,
        Record content,
        PublicationStatus status,
        long version,
        Instant updatedAt,
        String updatedBy)
        implements Serializable {}
