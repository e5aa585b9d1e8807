package org.liaisonhub.directory.domain;

/** Whether the requested State asks that the conduct be an offence under its own law too. */
public enum DoubleCriminality {
    /** Not required for this kind of request. */
    NOT_REQUIRED,
    /** Required for every request of this kind. */
    REQUIRED,
    /** Required only for coercive measures (search, seizure, freezing). */
    COERCIVE_MEASURES_ONLY,
    /** Not verified for the listed categories of offences (such as the 32 of the EIO Directive), else required. */
    EXCEPT_LISTED_OFFENCES
}
