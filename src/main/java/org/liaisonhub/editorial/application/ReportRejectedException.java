package org.liaisonhub.editorial.application;

/** A report that cannot be taken or changed, with a message for the person who sent it. */
public class ReportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: the API answers 400, 404 or 403 accordingly. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        FORBIDDEN
    }

    private final Reason reason;

    public ReportRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
