package org.liaisonhub.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an entry stands in the editorial workflow: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED. Only
 * PUBLISHED entries are shown to readers who are not editors; the others exist for editors only.
 */
public enum PublicationStatus {
    /** Being written; editors only. */
    DRAFT,
    /** Submitted for review; editors only. */
    IN_REVIEW,
    /** Visible to readers (within its visibility). */
    PUBLISHED,
    /** Withdrawn from readers, kept for the record; editors only. */
    ARCHIVED;

    /** The statuses an entry in this status may move to through the workflow buttons. */
    public Set<PublicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, PUBLISHED);
            case IN_REVIEW -> EnumSet.of(PUBLISHED, DRAFT);
            case PUBLISHED -> EnumSet.of(ARCHIVED, DRAFT);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }

    public boolean mayMoveTo(PublicationStatus target) {
        return next().contains(target);
    }

    /** The statuses hidden from readers who are not editors. */
    public static Set<PublicationStatus> unpublished() {
        return EnumSet.complementOf(EnumSet.of(PUBLISHED));
    }
}
