package org.liaisonhub.editorial.application;

import java.io.Serializable;

/** One field that differs between two versions of an entry, values as text. */
public record FieldChange(String field, String before, String after) implements Serializable {}
