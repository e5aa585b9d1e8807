package org.liaisonhub.security.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.platform.rest.SharedJsonb;
import org.liaisonhub.security.application.UserAdministrationException.Reason;
import org.liaisonhub.security.domain.Role;
import org.liaisonhub.security.rest.UserAdminResource.EnabledChange;
import org.liaisonhub.security.rest.UserAdminResource.NewUser;
import org.liaisonhub.security.rest.UserAdminResource.PasswordChange;
import org.liaisonhub.security.rest.UserAdminResource.RolesChange;

/** {@code /api/admin/users}: the bodies as the API's JSON-B reads them, the roles they name, and the refusals. */
class UserAdminRequestsTest {

    private final Jsonb jsonb = new SharedJsonb().getContext(NewUser.class);

    @Test
    void bodiesAreReadIntoTheirRecords() {
        assertThat(jsonb.fromJson(
                        "{\"username\": \"anna\", \"password\": \"a-good-pass-42\", \"roles\": [\"member\"]}",
                        NewUser.class))
                .isEqualTo(new NewUser("anna", "a-good-pass-42", List.of("member")));
        assertThat(jsonb.fromJson("{\"roles\": [\"editor\", \"admin\"]}", RolesChange.class)
                        .roles())
                .containsExactly("editor", "admin");
        assertThat(jsonb.fromJson("{\"enabled\": false}", EnabledChange.class).enabled())
                .isFalse();
        assertThat(jsonb.fromJson("{\"password\": \"another-pass-77\"}", PasswordChange.class)
                        .password())
                .isEqualTo("another-pass-77");
    }

    @Test
    void aFieldOfTheWrongType_readsAsMissing_neverAsAnotherValue() {
        assertThat(jsonb.fromJson("{\"enabled\": \"perhaps\"}", EnabledChange.class)
                        .enabled())
                .isNull();
        assertThat(jsonb.fromJson("{\"username\": 5}", NewUser.class).username())
                .isNull();
        assertThat(jsonb.fromJson("{\"roles\": \"member\"}", RolesChange.class).roles())
                .isNull();
    }

    @Test
    void roleNames_becomeRoles_anUnknownOneIsRefusedByName() {
        assertThat(UserAdminResource.roles(List.of("member", "admin"))).containsExactly(Role.MEMBER, Role.ADMIN);
        assertThat(UserAdminResource.roles(List.of())).isEmpty();
        assertThatThrownBy(() -> UserAdminResource.roles(List.of("member", "emperor")))
                .isInstanceOf(InvalidUserRequestException.class)
                .hasMessage("Unknown role \"emperor\"; roles are member, editor, admin.");
        assertThatThrownBy(() -> UserAdminResource.roles(null))
                .isInstanceOf(InvalidUserRequestException.class)
                .hasMessageContaining("'roles' is required");
    }

    @Test
    void refusals_answerTheirStatus_withTheReasonAsCode() {
        assertThat(Arrays.stream(Reason.values()).map(UserAdminExceptionMappers::status))
                .containsExactly(
                        Response.Status.BAD_REQUEST,
                        Response.Status.CONFLICT,
                        Response.Status.NOT_FOUND,
                        Response.Status.BAD_REQUEST,
                        Response.Status.BAD_REQUEST,
                        Response.Status.CONFLICT,
                        Response.Status.CONFLICT);
        assertThat(Arrays.stream(Reason.values()).map(UserAdminExceptionMappers::code))
                .containsExactly(
                        "invalid-username",
                        "username-taken",
                        "unknown-user",
                        "weak-password",
                        "no-role",
                        "own-admin-role",
                        "own-account");
    }
}
