package org.liaisonhub.search.application;

import org.liaisonhub.catalog.EntryType;

/** An entry a search matched among given candidates ({@link CatalogSearchService#matchesAmong}), with its title. */
public record MatchedEntry(EntryType type, String key, String title) {}
