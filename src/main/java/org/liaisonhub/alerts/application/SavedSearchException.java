package org.liaisonhub.alerts.application;

/** A saved search that cannot be saved as asked (400), or that is not the caller's or does not exist (404). */
public class SavedSearchException extends RuntimeException {

    private final boolean notFound;

    private SavedSearchException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    public static SavedSearchException invalid(String message) {
        return new SavedSearchException(message, false);
    }

    public static SavedSearchException notFound(long id) {
        return new SavedSearchException("You have no saved search " + id + ".", true);
    }

    public boolean isNotFound() {
        return notFound;
    }
}
