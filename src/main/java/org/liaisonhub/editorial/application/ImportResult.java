package org.liaisonhub.editorial.application;

/** What an import did: entries created, entries whose content changed, entries already identical. */
public record ImportResult(int created, int updated, int unchanged) {}
