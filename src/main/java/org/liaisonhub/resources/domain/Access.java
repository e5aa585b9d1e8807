package org.liaisonhub.resources.domain;

/** Who may use a resource (not who may see its description in Liaison: that is its visibility). */
public enum Access {
    /** Anyone. */
    OPEN,
    /** Practitioners after registering or being nominated. */
    REGISTRATION,
    /** Only designated authorities or members of a network. */
    RESTRICTED
}
