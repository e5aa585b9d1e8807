package org.liaisonhub.alerts.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.liaisonhub.alerts.application.SavedSearchException;
import org.liaisonhub.platform.ApiError;
import org.liaisonhub.platform.ApiExceptionMappers;

/** Saved-search errors as JSON: 400 with the reason, 404 for a search that is not the caller's. */
public final class SavedSearchExceptionMappers {

    private SavedSearchExceptionMappers() {}

    @Provider
    public static class Refused implements ExceptionMapper<SavedSearchException> {
        @Override
        public Response toResponse(SavedSearchException e) {
            return e.isNotFound()
                    ? ApiExceptionMappers.json(404, ApiError.of("not-found", e.getMessage()))
                    : ApiExceptionMappers.json(400, ApiError.of("invalid-saved-search", e.getMessage()));
        }
    }
}
