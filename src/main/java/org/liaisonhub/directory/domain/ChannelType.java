package org.liaisonhub.directory.domain;

/** How a contact point can be reached; the secure platforms are the ones practitioners name. */
public enum ChannelType {
    EMAIL,
    PHONE,
    GLOBE_THREEMA,
    SIENA,
    I24_7,
    ESW,
    SECURE_PLATFORM,
    OTHER;

    /** Whether this is a secure platform rather than ordinary e-mail or telephone. */
    public boolean isSecure() {
        return this != EMAIL && this != PHONE && this != OTHER;
    }
}
