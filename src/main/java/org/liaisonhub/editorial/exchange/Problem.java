package org.liaisonhub.editorial.exchange;

/** One thing wrong with an import document, located by section, record key and field (any may be null). */
public record Problem(String section, String key, String field, String message) {}
