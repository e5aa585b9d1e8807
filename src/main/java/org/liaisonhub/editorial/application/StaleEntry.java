package org.liaisonhub.editorial.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A contact point that needs verification: never verified, or last verified more than 12 months ago. */
public record StaleEntry(String key, String title, String authority, String country, LocalDate lastVerified)
        implements Serializable {}
