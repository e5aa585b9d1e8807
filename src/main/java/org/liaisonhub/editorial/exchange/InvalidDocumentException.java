package org.liaisonhub.editorial.exchange;

import java.util.List;

/** The document cannot be imported; {@link #problems()} lists every reason found, not only the first. */
public class InvalidDocumentException extends RuntimeException {

    private final String error;
    private final List<Problem> problems;

    public InvalidDocumentException(String error, String message, List<Problem> problems) {
        super(message);
        this.error = error;
        this.problems = List.copyOf(problems);
    }

    public static InvalidDocumentException of(List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return new InvalidDocumentException("invalid-document", count + "; nothing was imported", problems);
    }

    /** A short machine-readable code: invalid-document, malformed-json. */
    public String error() {
        return error;
    }

    public List<Problem> problems() {
        return problems;
    }
}
