package org.liaisonhub.platform;

import java.util.List;

/**
 * The JSON body of every API error: a stable code, a sentence for people, and any detailed problems (records of the
 * feature that found them, e.g. an import document's problems; null when there are none).
 */
public record ApiError(String error, String message, List<?> problems) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
