package org.liaisonhub.security.rest;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.liaisonhub.platform.ApiError;
import org.liaisonhub.security.domain.Role;
import org.liaisonhub.security.application.UserAdministrationException;
import org.liaisonhub.security.application.UserService;
import org.liaisonhub.security.application.UserSummary;

/**
 * {@code /api/admin/users}, for admins only (web.xml and {@code @RolesAllowed}): list users, create one
 * ({@code POST {"username", "password", "roles": ["member"]}}), and per user {@code PUT …/roles
 * {"roles": [...]}}, {@code PUT …/enabled {"enabled": false}}, {@code PUT …/password {"password": "..."}}.
 * Refusals are JSON errors: 400 (invalid or weak), 404 (no such user), 409 (name taken, or an admin acting
 * against their own admin role or account).
 */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class UserAdminResource {

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    @GET
    public List<UserSummary> list() {
        return users.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String json) {
        return carryOut(() -> {
            JsonObject body = parse(json);
            return Response.status(Response.Status.CREATED)
                    .entity(users.create(text(body, "username"), text(body, "password"), roles(body))).build();
        });
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeRoles(@PathParam("username") String username, String json) {
        return carryOut(() -> Response.ok(users.changeRoles(actor(), username, roles(parse(json)))).build());
    }

    @PUT
    @Path("{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setEnabled(@PathParam("username") String username, String json) {
        return carryOut(() -> {
            JsonValue v = parse(json).get("enabled");
            if (v == null || v.getValueType() != JsonValue.ValueType.TRUE
                    && v.getValueType() != JsonValue.ValueType.FALSE) {
                throw new InvalidRequest("Send {\"enabled\": true} or {\"enabled\": false}.");
            }
            return Response.ok(users.setEnabled(actor(), username, v == JsonValue.TRUE)).build();
        });
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("username") String username, String json) {
        return carryOut(() -> Response.ok(users.resetPassword(username, text(parse(json), "password"))).build());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private interface Action {
        Response run();
    }

    private static Response carryOut(Action action) {
        try {
            return action.run();
        } catch (InvalidRequest e) {
            return error(Response.Status.BAD_REQUEST, "invalid-request", e.getMessage());
        } catch (UserAdministrationException e) {
            Response.Status status = switch (e.reason()) {
                case UNKNOWN_USER -> Response.Status.NOT_FOUND;
                case USERNAME_TAKEN, OWN_ADMIN_ROLE, OWN_ACCOUNT -> Response.Status.CONFLICT;
                default -> Response.Status.BAD_REQUEST;
            };
            return error(status, e.reason().name().toLowerCase().replace('_', '-'), e.getMessage());
        }
    }

    private static Response error(Response.Status status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(code, message))
                .build();
    }

    /** The body as a JSON object; anything else is a 400 with a plain message. */
    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidRequest("Send a JSON object.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRequest("The body is not a JSON object.");
        }
    }

    private static String text(JsonObject body, String field) {
        if (body == null || !(body.get(field) instanceof JsonString s)) {
            throw new InvalidRequest("The field '" + field + "' is required and must be a string.");
        }
        return s.getString();
    }

    private static Set<Role> roles(JsonObject body) {
        if (body == null || !(body.get("roles") instanceof JsonArray array)) {
            throw new InvalidRequest("The field 'roles' is required: an array of member, editor, admin.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonValue value : array) {
            Role role = value instanceof JsonString s ? roleNamed(s.getString()) : null;
            if (role == null) {
                throw new InvalidRequest("Unknown role " + value + "; roles are member, editor, admin.");
            }
            roles.add(role);
        }
        return roles;
    }

    private static Role roleNamed(String name) {
        for (Role role : Role.values()) {
            if (role.roleName().equals(name)) {
                return role;
            }
        }
        return null;
    }

    private static final class InvalidRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidRequest(String message) {
            super(message);
        }
    }
}
