package org.liaisonhub.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.liaisonhub.platform.ApiError;
import org.liaisonhub.platform.application.RateLimitExceededException;

/** 429 Too Many Requests with {@code Retry-After} (whole seconds) and the usual JSON error. */
@Provider
public class RateLimitExceededMapper implements ExceptionMapper<RateLimitExceededException> {

    @Override
    public Response toResponse(RateLimitExceededException e) {
        return Response.status(429)
                .header("Retry-After", e.retryAfterSeconds())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of("too-many-requests", e.getMessage()))
                .build();
    }
}
