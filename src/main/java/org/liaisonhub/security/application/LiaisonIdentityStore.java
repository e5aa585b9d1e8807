package org.liaisonhub.security.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import org.liaisonhub.security.Role;
import org.liaisonhub.security.domain.AppUser;

/**
 * Checks user names and passwords against the users the application stores, and gives the caller their
 * roles as groups (member, editor, admin). Editors and admins are also members; admins are also editors.
 */
@ApplicationScoped
public class LiaisonIdentityStore implements IdentityStore {

    @Inject
    UserRepository users;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    SignInThrottle throttle;

    @Transactional
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        if (throttle.isBlocked(username)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<AppUser> user = users.findByUsername(username);
        if (user.isEmpty() || !user.get().isEnabled()
                || !hasher.verify(credential.getPassword().getValue(), user.get().getPasswordHash())) {
            throttle.failed(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(username);
        return new CredentialValidationResult(user.get().getUsername(), groups(user.get().getRoles()));
    }

    static Set<String> groups(Set<Role> roles) {
        Set<Role> effective = EnumSet.noneOf(Role.class);
        effective.addAll(roles);
        if (roles.contains(Role.ADMIN)) {
            effective.add(Role.EDITOR);
        }
        if (!effective.isEmpty()) {
            effective.add(Role.MEMBER);
        }
        return effective.stream().map(Role::roleName).collect(Collectors.toSet());
    }
}
