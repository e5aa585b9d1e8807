package org.liaisonhub.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.liaisonhub.security.application.UserAdministrationException.Reason;
import org.liaisonhub.security.domain.AppUser;
import org.liaisonhub.security.domain.Role;

/**
 * Creating users, changing their roles, passwords and whether they may sign in; passwords are hashed here and
 * nowhere else. An admin can neither take away their own admin role nor disable their own account, so
 * there is always someone left to administer.
 */
@ApplicationScoped
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 10;

    @Inject
    UserRepository users;

    @Inject
    PasswordHashing passwords;

    @Inject
    CredentialCache verified;

    /** Creates the user unless the name is taken; answers whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String password, Set<Role> roles) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        users.add(new AppUser(username, passwords.hash(password), roles));
        return true;
    }

    /** What a user name may look like: letters, digits and {@code . _ @ -}, 2 to 100 characters. */
    public static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,100}");

    @Transactional
    public List<UserSummary> list() {
        return users.findAll().stream().map(UserSummary::of).toList();
    }

    @Transactional
    public UserSummary create(String username, String password, Set<Role> roles) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserAdministrationException(
                    Reason.INVALID_USERNAME, "A user name has 2 to 100 letters, digits or . _ @ - and no spaces.");
        }
        checkPassword(name, password);
        checkRoles(roles);
        if (users.findByUsername(name).isPresent()) {
            throw new UserAdministrationException(Reason.USERNAME_TAKEN, "The user name '" + name + "' is taken.");
        }
        AppUser user = new AppUser(name, passwords.hash(password), roles);
        users.add(user);
        return UserSummary.of(user);
    }

    /** Replaces the roles of a user; {@code actor} (the admin doing it) cannot drop their own admin role. */
    @Transactional
    public UserSummary changeRoles(String actor, String username, Set<Role> roles) {
        AppUser user = existing(username);
        if (user.getUsername().equals(actor) && (roles == null || !roles.contains(Role.ADMIN))) {
            throw new UserAdministrationException(Reason.OWN_ADMIN_ROLE, "You cannot remove your own admin role.");
        }
        checkRoles(roles);
        user.grant(EnumSet.copyOf(roles));
        verified.forget(user.getUsername());
        return UserSummary.of(user);
    }

    /** Allows or refuses sign-in; {@code actor} cannot disable their own account. */
    @Transactional
    public UserSummary setEnabled(String actor, String username, boolean enabled) {
        AppUser user = existing(username);
        if (!enabled && user.getUsername().equals(actor)) {
            throw new UserAdministrationException(Reason.OWN_ACCOUNT, "You cannot disable your own account.");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        verified.forget(user.getUsername());
        return UserSummary.of(user);
    }

    @Transactional
    public UserSummary resetPassword(String username, String password) {
        AppUser user = existing(username);
        checkPassword(user.getUsername(), password);
        user.changePassword(passwords.hash(password));
        verified.forget(user.getUsername());
        return UserSummary.of(user);
    }

    /** Whether any enabled user holds the admin role. */
    @Transactional
    public boolean hasAdmin() {
        return users.findAll().stream()
                .anyMatch(u -> u.isEnabled() && u.getRoles().contains(Role.ADMIN));
    }

    private AppUser existing(String username) {
        return users.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() ->
                        new UserAdministrationException(Reason.UNKNOWN_USER, "There is no user '" + username + "'."));
    }

    private static void checkPassword(String username, String password) {
        PasswordRule.weakness(username, password).ifPresent(problem -> {
            throw new UserAdministrationException(Reason.WEAK_PASSWORD, problem);
        });
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new UserAdministrationException(Reason.NO_ROLE, "A user needs at least one role.");
        }
    }
}
