package org.liaisonhub.platform;

import java.util.List;

import org.liaisonhub.editorial.exchange.Problem;

/** The JSON body of every API error: a stable code, a sentence for people, and any detailed problems. */
public record ApiError(String error, String message, List<Problem> problems) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
