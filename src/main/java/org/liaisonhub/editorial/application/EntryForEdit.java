package org.liaisonhub.editorial.application;

import java.time.Instant;

import org.liaisonhub.catalog.PublicationStatus;

/**
 * An entry as an editor opens it: its content record (AuthorityContent, ContactContent, ResourceContent or
 * PracticeContent), its workflow status, and the version the editor's save will be checked against.
 */
public record EntryForEdit(String type, String key, Record content, PublicationStatus status, long version,
        Instant updatedAt, String updatedBy) {
}
