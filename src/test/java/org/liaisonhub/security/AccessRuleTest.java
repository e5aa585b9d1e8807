package org.liaisonhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.security.AccessRule.Decision;
import org.liaisonhub.security.domain.Role;

class AccessRuleTest {

    private static final AccessRule EDITORS = AccessRule.anyOf(Role.EDITOR);

    @Test
    void anonymousCaller_ofARoleRule_isAskedToSignIn() {
        assertThat(EDITORS.decide(false, role -> false)).isEqualTo(Decision.SIGN_IN_FIRST);
    }

    @Test
    void signedInCallerWithoutTheRole_isForbidden() {
        assertThat(EDITORS.decide(true, Role.MEMBER.roleName()::equals)).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void callerWithOneOfTheRoles_isAllowed() {
        assertThat(AccessRule.anyOf(Role.MEMBER, Role.EDITOR).decide(true, Role.EDITOR.roleName()::equals))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aRoleClaimedWithoutSigningIn_allowsNothing() {
        assertThat(EDITORS.decide(false, role -> true)).isEqualTo(Decision.SIGN_IN_FIRST);
    }

    @Test
    void nobody_isForbiddenToEveryone_evenAnAdmin_andSigningInDoesNotHelp() {
        assertThat(AccessRule.NOBODY.decide(true, role -> true)).isEqualTo(Decision.FORBIDDEN);
        assertThat(AccessRule.NOBODY.decide(false, role -> false)).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void everyone_isAllowedToAnonymousCallers() {
        assertThat(AccessRule.EVERYONE.decide(false, role -> false)).isEqualTo(Decision.ALLOWED);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    static class EditorsResource {
        public void inherited() {}

        @PermitAll
        public void open() {}

        @DenyAll
        public void closed() {}

        @RolesAllowed(Role.ADMIN_NAME)
        public void admins() {}
    }

    static class UndeclaredResource {
        public void undeclared() {}
    }

    @Test
    void methodAnnotation_overridesTheClassOne_andTheClassOneIsTheDefault() throws Exception {
        assertThat(declared(EditorsResource.class, "inherited")).isEqualTo(new AccessRule(false, Set.of("editor")));
        assertThat(declared(EditorsResource.class, "open")).isEqualTo(AccessRule.EVERYONE);
        assertThat(declared(EditorsResource.class, "closed")).isEqualTo(AccessRule.NOBODY);
        assertThat(declared(EditorsResource.class, "admins")).isEqualTo(new AccessRule(false, Set.of("admin")));
    }

    @Test
    void aMethodWithoutAnyAnnotation_declaresNoRule() throws Exception {
        assertThat(AccessRule.declaredOn(UndeclaredResource.class.getMethod("undeclared"), UndeclaredResource.class))
                .isEmpty();
    }

    private static AccessRule declared(Class<?> type, String method) throws Exception {
        return AccessRule.declaredOn(type.getMethod(method), type).orElseThrow();
    }
}
