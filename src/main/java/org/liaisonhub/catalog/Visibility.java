package org.liaisonhub.catalog;

/** Who may see an entry. Ordered from widest to narrowest audience. */
public enum Visibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Signed-in members of the networks, and editors. */
    MEMBERS,
    /** Editors and administrators only. */
    RESTRICTED
}
