package org.liaisonhub.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liaisonhub.platform.rest.StrictJson;
import org.liaisonhub.security.application.UserService;
import org.liaisonhub.security.application.UserSummary;
import org.liaisonhub.security.domain.Role;

/**
 * {@code /api/admin/users}, for admins only (web.xml and {@code @RolesAllowed}): list users, create one
 * ({@code POST {"username", "password", "roles": ["member"]}}), and per user {@code PUT …/roles
 * {"roles": [...]}}, {@code PUT …/enabled {"enabled": false}}, {@code PUT …/password {"password": "..."}}.
 * Refusals are JSON errors ({@link UserAdminExceptionMappers}): 400 (invalid or weak), 404 (no such user), 409
 * (name taken, or an admin acting against their own admin role or account).
 */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class UserAdminResource {

    /** The body of {@code POST}: a new account. */
    public record NewUser(
            @JsonbTypeDeserializer(StrictJson.Text.class) String username,
            @JsonbTypeDeserializer(StrictJson.Text.class) String password,

            @JsonbTypeDeserializer(StrictJson.TextList.class)
            List<String> roles) {}

    /** The body of {@code PUT …/roles}. */
    public record RolesChange(
            @JsonbTypeDeserializer(StrictJson.TextList.class)
            List<String> roles) {}

    /** The body of {@code PUT …/enabled}. */
    public record EnabledChange(
            @JsonbTypeDeserializer(StrictJson.Flag.class) Boolean enabled) {}

    /** The body of {@code PUT …/password}. */
    public record PasswordChange(
            @JsonbTypeDeserializer(StrictJson.Text.class) String password) {}

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
    public Response create(NewUser body) {
        NewUser user = present(body);
        return Response.status(Response.Status.CREATED)
                .entity(users.create(
                        text(user.username(), "username"), text(user.password(), "password"), roles(user.roles())))
                .build();
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserSummary changeRoles(@PathParam("username") String username, RolesChange body) {
        return users.changeRoles(actor(), username, roles(present(body).roles()));
    }

    @PUT
    @Path("{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserSummary setEnabled(@PathParam("username") String username, EnabledChange body) {
        Boolean enabled = present(body).enabled();
        if (enabled == null) {
            throw new InvalidUserRequestException("Send {\"enabled\": true} or {\"enabled\": false}.");
        }
        return users.setEnabled(actor(), username, enabled);
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserSummary resetPassword(@PathParam("username") String username, PasswordChange body) {
        return users.resetPassword(username, text(present(body).password(), "password"));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    /** The body; none at all is a 400 with a plain message (JSON of another shape never gets here: a 400 too). */
    private static <T> T present(T body) {
        if (body == null) {
            throw new InvalidUserRequestException("Send a JSON object.");
        }
        return body;
    }

    private static String text(String value, String field) {
        if (value == null) {
            throw new InvalidUserRequestException("The field '" + field + "' is required and must be a string.");
        }
        return value;
    }

    static Set<Role> roles(List<String> names) {
        if (names == null) {
            throw new InvalidUserRequestException("The field 'roles' is required: an array of member, editor, admin.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Role role = roleNamed(name);
            if (role == null) {
                throw new InvalidUserRequestException(
                        "Unknown role \"" + name + "\"; roles are member, editor, admin.");
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
}
