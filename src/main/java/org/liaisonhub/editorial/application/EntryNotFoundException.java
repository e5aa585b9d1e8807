package org.liaisonhub.editorial.application;

/** No entry of this kind with this key. */
public class EntryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EntryNotFoundException(String type, String key) {
        super("No " + type + " with key '" + key + "'.");
    }
}
