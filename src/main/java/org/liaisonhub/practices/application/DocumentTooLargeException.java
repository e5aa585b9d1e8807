package org.liaisonhub.practices.application;

/** An uploaded questionnaire over {@link IntakeService#MAX_BYTES}: refused before it is read. */
public class DocumentTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentTooLargeException() {
        super("The file is larger than " + IntakeService.MAX_MEGABYTES + " MiB.");
    }
}
