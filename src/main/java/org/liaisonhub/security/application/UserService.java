package org.liaisonhub.security.application;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import org.liaisonhub.security.Role;
import org.liaisonhub.security.domain.AppUser;

/** Creating users and changing their passwords; passwords are hashed here and nowhere else. */
@ApplicationScoped
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 10;

    @Inject
    UserRepository users;

    @Inject
    Pbkdf2PasswordHash hasher;

    /** Creates the user unless the name is taken; answers whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String password, Set<Role> roles) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        users.add(new AppUser(username, hasher.generate(password.toCharArray()), roles));
        return true;
    }
}
