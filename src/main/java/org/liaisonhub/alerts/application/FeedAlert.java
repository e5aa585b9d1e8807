package org.liaisonhub.alerts.application;

import java.time.Instant;
import org.liaisonhub.catalog.EntryType;

/** One alert as the feed and the digest show it. */
public record FeedAlert(long id, EntryType type, String key, String title, boolean newlyPublished, Instant alertedAt) {}
