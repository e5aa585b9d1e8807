package org.liaisonhub.security.application;

/** A user-administration request that cannot be carried out; {@link #reason()} names why, for messages. */
public class UserAdministrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: each has a label {@code users.error.<name>} in the message bundles. */
    public enum Reason {
        INVALID_USERNAME,
        USERNAME_TAKEN,
        UNKNOWN_USER,
        WEAK_PASSWORD,
        NO_ROLE,
        OWN_ADMIN_ROLE,
        OWN_ACCOUNT
    }

    private final Reason reason;

    public UserAdministrationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
