package org.liaisonhub.directory.domain;

/** What kind of body an authority is. */
public enum AuthorityKind {
    PROSECUTION,
    POLICE,
    CENTRAL_AUTHORITY,
    ANTI_CORRUPTION_AGENCY,
    FIU,
    ASSET_RECOVERY_OFFICE,
    JUDICIARY,
    MINISTRY,
    OTHER
}
