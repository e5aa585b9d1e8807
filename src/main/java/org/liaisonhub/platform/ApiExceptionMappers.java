package org.liaisonhub.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the API into a JSON {@link ApiError}; no stack trace ever reaches a client. Features map
 * their own exceptions (e.g. {@code EditorialExceptionMappers}, {@code SearchExceptionMappers}); these are the
 * ones every feature shares.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {}

    public static Response json(Response.Status status, ApiError error) {
        return json(status.getStatusCode(), error);
    }

    public static Response json(int status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(error)
                .build();
    }

    /** 404, 405, 406, 415… keep their status, with a JSON body instead of the server's default page. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String code =
                    switch (status) {
                        case 401 -> "unauthorized";
                        case 403 -> "forbidden";
                        case 404 -> "not-found";
                        case 405 -> "method-not-allowed";
                        case 406 -> "not-acceptable";
                        case 413 -> "too-large";
                        case 415 -> "unsupported-media-type";
                        default -> status >= 500 ? "server-error" : "bad-request";
                    };
            String message = status == 415
                    ? "Send the request body as application/json."
                    : e.getMessage() == null || e.getMessage().startsWith("RESTEASY")
                            ? Response.Status.fromStatusCode(status).getReasonPhrase()
                            : e.getMessage();
            if (status >= 500) {
                return Unexpected.logged(e);
            }
            return json(status, ApiError.of(code, message));
        }
    }

    /**
     * A JSON body that does not fit the record a method reads (an array for an object, a string for a number, broken
     * syntax): the caller's mistake, so 400 with a message, not an incident. Other processing failures stay
     * unexpected.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause instanceof JsonException) {
                    return json(
                            Response.Status.BAD_REQUEST,
                            ApiError.of(
                                    "bad-request",
                                    "The request body is not JSON of the expected shape: send one JSON object with the "
                                            + "fields this call documents."));
                }
            }
            return Unexpected.logged(e);
        }
    }

    /** Anything unexpected: logged with an incident id the user can quote; the client sees only the id. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return logged(e);
        }

        static Response logged(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return json(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    ApiError.of(
                            "server-error", "Something went wrong on our side. Incident " + incident + " was logged."));
        }
    }
}
