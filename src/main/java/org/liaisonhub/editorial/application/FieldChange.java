package org.liaisonhub.editorial.application;

/** One field that differs between two versions of an entry, values as text. */
public record FieldChange(String field, String before, String after) {
}
