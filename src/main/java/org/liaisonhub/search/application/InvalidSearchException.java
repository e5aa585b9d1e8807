package org.liaisonhub.search.application;

/** A search the user asked for cannot be run as asked; the message says why, in words for the user. */
public class InvalidSearchException extends RuntimeException {

    public InvalidSearchException(String message) {
        super(message);
    }
}
