package org.liaisonhub.editorial.application;

/** An edition that cannot be generated or handed out, with a message for the person who asked. */
public class EditionRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: the API answers 400, 404 or 403 accordingly. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        FORBIDDEN
    }

    private final Reason reason;

    public EditionRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
