package org.liaisonhub.editorial.application;

import java.time.Instant;

/** One line of an edition's download log. */
public record EditionDownloadSummary(long edition, String file, String downloadedBy, Instant downloadedAt)
        implements java.io.Serializable {}
