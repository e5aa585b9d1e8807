package org.liaisonhub.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.liaisonhub.security.domain.Role;

/**
 * Who may call an API method or open a page: everyone, nobody, or callers holding one of some roles. The API
 * declares it with {@code @PermitAll}, {@code @DenyAll} or {@code @RolesAllowed} on each resource method (or its
 * class); pages in {@code web.PageAccess}. Whatever declares no rule is refused: deny by default.
 */
public record AccessRule(boolean everyone, Set<String> roles) {

    public static final AccessRule EVERYONE = new AccessRule(true, Set.of());
    public static final AccessRule NOBODY = new AccessRule(false, Set.of());

    public AccessRule {
        roles = Set.copyOf(roles);
        if (everyone && !roles.isEmpty()) {
            throw new IllegalArgumentException("a rule for everyone names no roles");
        }
    }

    public static AccessRule anyOf(Role... roles) {
        return new AccessRule(
                false, Set.copyOf(Arrays.stream(roles).map(Role::roleName).toList()));
    }

    /**
     * The rule a JAX-RS resource method declares: the method's own annotation, else its class's (as Jakarta
     * Annotations has it), else none.
     */
    public static Optional<AccessRule> declaredOn(Method method, Class<?> resourceClass) {
        return declaredBy(method).or(() -> declaredBy(resourceClass));
    }

    private static Optional<AccessRule> declaredBy(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(NOBODY);
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(EVERYONE);
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? Optional.empty() : Optional.of(new AccessRule(false, Set.of(allowed.value())));
    }

    /**
     * What this rule says to a caller: allowed; sign in first (anonymous, and signing in might help); or
     * forbidden (signed in without the role, or nobody may).
     */
    public Decision decide(boolean signedIn, Predicate<String> holdsRole) {
        if (everyone || roles.stream().anyMatch(holdsRole) && signedIn) {
            return Decision.ALLOWED;
        }
        return signedIn || roles.isEmpty() ? Decision.FORBIDDEN : Decision.SIGN_IN_FIRST;
    }

    public enum Decision {
        ALLOWED,
        SIGN_IN_FIRST,
        FORBIDDEN
    }
}
