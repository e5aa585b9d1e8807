package org.liaisonhub.editorial.application;

/** A workflow move the workflow does not allow (archiving a draft, say). */
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
