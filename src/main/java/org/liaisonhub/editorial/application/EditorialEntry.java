package org.liaisonhub.editorial.application;

import java.io.Serializable;
import java.time.Instant;
import org.liaisonhub.catalog.PublicationStatus;

/** One row of the editorial dashboard. */
public record EditorialEntry(
        String type, String key, String title, PublicationStatus status, long version, Instant updatedAt)
        implements Serializable {}
