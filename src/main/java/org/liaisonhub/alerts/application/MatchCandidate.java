package org.liaisonhub.alerts.application;

import org.liaisonhub.catalog.EntryType;

/**
 * An entry the index holds at {@code version} (or later), to be matched against the saved searches;
 * {@code newlyPublished}: it was published for the first time, else its published content changed.
 */
public record MatchCandidate(EntryType type, String key, long version, boolean newlyPublished) {}
