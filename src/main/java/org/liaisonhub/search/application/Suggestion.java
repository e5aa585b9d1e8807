package org.liaisonhub.search.application;

/** One suggestion as the search box offers it while typing: the entry's name, its type and key. */
public record Suggestion(String text, String type, String key) {}
