package org.liaisonhub.editorial.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liaisonhub.editorial.application.EditConflictException;
import org.liaisonhub.editorial.application.EditionRejectedException;
import org.liaisonhub.editorial.application.EntryNotFoundException;
import org.liaisonhub.editorial.application.ReportRejectedException;
import org.liaisonhub.editorial.application.WorkflowException;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.platform.ApiError;

/**
 * Editorial errors as JSON: 400 invalid import document, 404 unknown entry, 409 workflow refusal, 409 edit conflict
 * with its details; a refused outdated-entry report 400, 404 or 403.
 */
public final class EditorialExceptionMappers {

    private EditorialExceptionMappers() {}

    private static Response json(int status, Object body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }

    /** An import document that cannot be imported: 400 with every problem found. */
    @Provider
    public static class InvalidDocument implements ExceptionMapper<InvalidDocumentException> {
        @Override
        public Response toResponse(InvalidDocumentException e) {
            return json(
                    400, new ApiError(e.error(), e.getMessage(), e.problems().isEmpty() ? null : e.problems()));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<EntryNotFoundException> {
        @Override
        public Response toResponse(EntryNotFoundException e) {
            return json(404, ApiError.of("not-found", e.getMessage()));
        }
    }

    @Provider
    public static class Workflow implements ExceptionMapper<WorkflowException> {
        @Override
        public Response toResponse(WorkflowException e) {
            return json(409, ApiError.of("workflow", e.getMessage()));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<EditConflictException> {
        @Override
        public Response toResponse(EditConflictException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "conflict");
            body.put("message", e.getMessage());
            body.put("yourVersion", e.loadedVersion());
            body.put("currentVersion", e.currentVersion());
            body.put("changedBy", e.changedBy());
            body.put("changedAt", String.valueOf(e.changedAt()));
            body.put("changes", e.changes());
            return json(409, body);
        }
    }

    /** A report that cannot be taken: 400 (invalid), 404 (no such entry or report) or 403, with the reason. */
    @Provider
    public static class ReportRejected implements ExceptionMapper<ReportRejectedException> {
        @Override
        public Response toResponse(ReportRejectedException e) {
            return switch (e.reason()) {
                case INVALID -> json(400, ApiError.of("bad-request", e.getMessage()));
                case NOT_FOUND -> json(404, ApiError.of("not-found", e.getMessage()));
                case FORBIDDEN -> json(403, ApiError.of("forbidden", e.getMessage()));
            };
        }
    }

    /** An edition that cannot be generated or handed out: 400 (invalid request), 404 (no such edition) or 403. */
    @Provider
    public static class EditionRejected implements ExceptionMapper<EditionRejectedException> {
        @Override
        public Response toResponse(EditionRejectedException e) {
            return switch (e.reason()) {
                case INVALID -> json(400, ApiError.of("bad-request", e.getMessage()));
                case NOT_FOUND -> json(404, ApiError.of("not-found", e.getMessage()));
                case FORBIDDEN -> json(403, ApiError.of("forbidden", e.getMessage()));
            };
        }
    }
}
