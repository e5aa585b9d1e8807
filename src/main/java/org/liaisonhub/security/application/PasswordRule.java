package org.liaisonhub.security.application;

import java.util.Locale;
import java.util.Optional;

/**
 * The minimum strength of a password an admin sets: at least {@value #MIN_LENGTH} characters, at least one
 * letter and at least one character that is not a letter, and not containing the user name.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordRule() {}

    /** Why this password is too weak for this user, or empty if it is strong enough. */
    public static Optional<String> weakness(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("A password has at most " + MAX_LENGTH + " characters.");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().allMatch(Character::isLetter)) {
            return Optional.of("A password needs letters and at least one digit, space or symbol.");
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("A password must not contain the user name.");
        }
        return Optional.empty();
    }
}
