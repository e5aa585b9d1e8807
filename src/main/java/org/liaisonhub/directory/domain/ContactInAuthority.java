package org.liaisonhub.directory.domain;

import org.liaisonhub.catalog.Visibility;

/**
 * The rules that tie a contact point to its authority: a contact names its authority (summary, page, vCard,
 * export), so what the authority hides the contact hides too. Pure functions, the same for the entity, the
 * repository's queries, import validation and the index check.
 */
public final class ContactInAuthority {

    private ContactInAuthority() {}

    /** The summary of a contact point of an authority with this name and local name (what a hit shows). */
    public static String summary(String authorityName, String authorityLocalName) {
        return authorityLocalName == null || authorityLocalName.equals(authorityName)
                ? authorityName
                : authorityName + " (" + authorityLocalName + ")";
    }

    /**
     * Whether a contact point at {@code contactLevel} would be seen by someone who may not see its authority at
     * {@code authorityLevel}: refused when saved or imported. One that became so because its authority was
     * tightened later is hidden wherever the authority is ({@link #effectiveVisibility}).
     */
    public static boolean isMoreOpenThanAuthority(Visibility contactLevel, Visibility authorityLevel) {
        return contactLevel.compareTo(authorityLevel) < 0;
    }

    /** Who may actually see a contact point: the stricter of its own level and its authority's. */
    public static Visibility effectiveVisibility(Visibility contactLevel, Visibility authorityLevel) {
        return contactLevel.compareTo(authorityLevel) >= 0 ? contactLevel : authorityLevel;
    }
}
