package org.liaisonhub.practices.intake;

import java.util.Locale;

/** A file Liaison cannot take text from; the message says why, in words for the editor. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }

    /** More text than any questionnaire answer holds: the same message whichever format the file has. */
    static UnreadableDocumentException tooMuchText(int maxChars) {
        return new UnreadableDocumentException("The file holds more than " + String.format(Locale.ROOT, "%,d", maxChars)
                + " characters of text, more than any questionnaire answer; only the answer belongs in the "
                + "file.");
    }
}
