package org.liaisonhub.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaisonhub.security.domain.AppUser;
import org.liaisonhub.security.domain.Role;

/**
 * Checks user names and passwords against the users the application stores, and gives the caller their
 * roles as groups (member, editor, admin). Editors and admins are also members; admins are also editors.
 * <p>
 * Over-long names and passwords are refused before any lookup or hashing (a megabyte "password" would otherwise
 * cost a megabyte of PBKDF2 input per attempt). An unknown name is checked against a dummy hash and a disabled
 * user's password is still verified, so neither answers faster than a wrong password. A hash made with an older
 * work factor is replaced at the next successful sign-in. Credentials verified a moment ago are answered from
 * {@link CredentialCache} while the user's security stamp has not changed.
 */
@ApplicationScoped
public class LiaisonIdentityStore implements IdentityStore {

    public static final int MAX_USERNAME_LENGTH = 64;
    public static final int MAX_PASSWORD_LENGTH = 1024;

    @Inject
    UserRepository users;

    @Inject
    PasswordHashing passwords;

    @Inject
    CredentialCache verified;

    /** Who signed in: their name as stored, their groups and the security stamp their session keeps. */
    public record SignedIn(String username, Set<String> groups, long securityStamp) {}

    /** Called by Jakarta Security's identity store handler (found by the credential's type). */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return check(credential.getCaller(), credential.getPasswordAsString())
                .map(user -> new CredentialValidationResult(user.username(), user.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Whether the name and password belong to an enabled user; empty for any reason not to let them in. */
    @Transactional
    public Optional<SignedIn> check(String username, String password) {
        if (!withinLimits(username, password)) {
            return Optional.empty();
        }
        Optional<AppUser> found = users.findByUsername(username);
        if (found.isEmpty()) {
            passwords.verifyAgainstNobody(password);
            return Optional.empty();
        }
        AppUser user = found.get();
        Optional<Long> remembered = verified.stampOf(user.getUsername(), password);
        boolean right;
        if (remembered.isPresent() && remembered.get() == user.getSecurityStamp()) {
            right = true;
        } else {
            right = passwords.verify(password, user.getPasswordHash());
            if (right && PasswordHashing.isOutdated(user.getPasswordHash())) {
                user.rehashPassword(passwords.hash(password));
            }
        }
        if (!right || !user.isEnabled()) {
            return Optional.empty();
        }
        verified.remember(user.getUsername(), password, user.getSecurityStamp());
        return Optional.of(new SignedIn(user.getUsername(), groups(user.getRoles()), user.getSecurityStamp()));
    }

    /** The user's current stamp, or empty when they no longer exist or may not sign in. */
    @Transactional
    public Optional<Long> currentStamp(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(AppUser::getSecurityStamp);
    }

    public static boolean withinLimits(String username, String password) {
        return username != null
                && password != null
                && !username.isEmpty()
                && username.length() <= MAX_USERNAME_LENGTH
                && password.length() <= MAX_PASSWORD_LENGTH;
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
