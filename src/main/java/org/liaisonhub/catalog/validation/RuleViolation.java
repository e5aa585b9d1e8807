package org.liaisonhub.catalog.validation;

/**
 * One broken rule: where in the content ({@code path}: a record component, {@code answers[2].prompt} inside a list,
 * {@code languages} for a member of a set) and what is wrong, in words for the person who wrote it.
 */
public record RuleViolation(String path, String message) {}
