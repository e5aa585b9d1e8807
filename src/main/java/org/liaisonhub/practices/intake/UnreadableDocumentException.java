package org.liaisonhub.practices.intake;

/** A file Liaison cannot take text from; the message says why, in words for the editor. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
