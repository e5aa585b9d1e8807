package org.liaisonhub.search.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.liaisonhub.platform.ApiError;
import org.liaisonhub.platform.ApiExceptionMappers;
import org.liaisonhub.search.application.InvalidSearchException;

/** Search errors as JSON: a search that cannot be run as asked is 400 with the reason in words. */
public final class SearchExceptionMappers {

    private SearchExceptionMappers() {}

    @Provider
    public static class InvalidSearch implements ExceptionMapper<InvalidSearchException> {
        @Override
        public Response toResponse(InvalidSearchException e) {
            return ApiExceptionMappers.json(Response.Status.BAD_REQUEST, ApiError.of("invalid-search", e.getMessage()));
        }
    }
}
