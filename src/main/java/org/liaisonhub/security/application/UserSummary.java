package org.liaisonhub.security.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.liaisonhub.security.domain.AppUser;

/** A user as the administration page and {@code GET /api/admin/users} list it; never the password hash. */
public record UserSummary(String username, List<String> roles, boolean enabled, Instant createdAt)
        implements Serializable {

    static UserSummary of(AppUser user) {
        return new UserSummary(
                user.getUsername(),
                user.getRoles().stream().sorted().map(r -> r.roleName()).toList(),
                user.isEnabled(),
                user.getCreatedAt());
    }
}
