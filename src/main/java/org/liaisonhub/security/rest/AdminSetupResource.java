package org.liaisonhub.security.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaisonhub.platform.ApiError;
import org.liaisonhub.security.application.AdminSetupService;
import org.liaisonhub.security.application.AdminSetupService.SetupRefusedException;
import org.liaisonhub.security.application.UserAdministrationException;

/**
 * {@code POST /api/setup {"token", "username", "password"}}: the first administrator of a new installation, with
 * the one-time token the server wrote to its log ({@link AdminSetupService}). 201 with the new admin; 403 for a
 * wrong, used or expired token or when an admin exists; 400 for an invalid name or weak password.
 */
@Path("/setup")
@PermitAll // the one-time token is the credential
@Produces(MediaType.APPLICATION_JSON)
public class AdminSetupResource {

    /** The body of a setup call. */
    public record SetupRequest(String token, String username, String password) {}

    @Inject
    AdminSetupService setup;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createFirstAdmin(SetupRequest request) {
        if (request == null || request.token() == null || request.username() == null || request.password() == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(ApiError.of("bad-request", "Send {\"token\", \"username\", \"password\"}."))
                    .build();
        }
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(setup.createFirstAdmin(request.token(), request.username(), request.password()))
                    .build();
        } catch (SetupRefusedException e) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(ApiError.of("forbidden", e.getMessage()))
                    .build();
        } catch (UserAdministrationException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(ApiError.of("bad-request", e.getMessage()))
                    .build();
        }
    }
}
