package org.liaisonhub.security.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.liaisonhub.platform.ApiError;
import org.liaisonhub.platform.ApiExceptionMappers;
import org.liaisonhub.security.application.UserAdministrationException;

/**
 * User administration's refusals as JSON: 400 for a body without the fields a call needs ({@code invalid-request}),
 * and for a refused change the reason as code ({@code weak-password}, {@code own-admin-role}…) with 404 for an
 * unknown user, 409 for a taken name or an admin acting against their own admin role or account, else 400.
 */
public final class UserAdminExceptionMappers {

    private UserAdminExceptionMappers() {}

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidUserRequestException> {
        @Override
        public Response toResponse(InvalidUserRequestException e) {
            return ApiExceptionMappers.json(
                    Response.Status.BAD_REQUEST, ApiError.of("invalid-request", e.getMessage()));
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<UserAdministrationException> {
        @Override
        public Response toResponse(UserAdministrationException e) {
            return ApiExceptionMappers.json(status(e.reason()), ApiError.of(code(e.reason()), e.getMessage()));
        }
    }

    static Response.Status status(UserAdministrationException.Reason reason) {
        return switch (reason) {
            case UNKNOWN_USER -> Response.Status.NOT_FOUND;
            case USERNAME_TAKEN, OWN_ADMIN_ROLE, OWN_ACCOUNT -> Response.Status.CONFLICT;
            default -> Response.Status.BAD_REQUEST;
        };
    }

    /** {@code WEAK_PASSWORD} → {@code weak-password}. */
    static String code(UserAdministrationException.Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
