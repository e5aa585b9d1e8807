package org.liaisonhub.practices.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.liaisonhub.platform.ApiError;
import org.liaisonhub.practices.application.DocumentTooLargeException;
import org.liaisonhub.practices.intake.UnreadableDocumentException;

/** Intake errors as JSON: 400 for a file Liaison cannot read, 413 for one over the size limit, with the reason. */
public final class IntakeExceptionMappers {

    private IntakeExceptionMappers() {}

    private static Response json(Response.Status status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(error)
                .build();
    }

    @Provider
    public static class Unreadable implements ExceptionMapper<UnreadableDocumentException> {
        @Override
        public Response toResponse(UnreadableDocumentException e) {
            return json(Response.Status.BAD_REQUEST, ApiError.of("bad-request", e.getMessage()));
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<DocumentTooLargeException> {
        @Override
        public Response toResponse(DocumentTooLargeException e) {
            return json(Response.Status.REQUEST_ENTITY_TOO_LARGE, ApiError.of("too-large", e.getMessage()));
        }
    }
}
