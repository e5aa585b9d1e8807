package org.liaisonhub.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.liaisonhub.security.domain.Role;

/** Produces the {@link Viewer} of the current request from the container's authenticated caller. */
@RequestScoped
public class CurrentViewer {

    @Inject
    HttpServletRequest request;

    /** Dependent scope: a record cannot be proxied, and the answer is cheap to compute. */
    @Produces
    Viewer currentViewer() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Viewer.anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return new Viewer(principal.getName(), roles);
    }
}
