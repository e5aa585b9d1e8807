package org.liaisonhub.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The one place passwords are hashed and checked: Jakarta Security's {@code Pbkdf2PasswordHash} with the work
 * factor OWASP's Password Storage Cheat Sheet asks for today (PBKDF2-HMAC-SHA256, 600,000 iterations, 32-byte salt
 * and key). A stored hash names its own algorithm and iterations ({@code PBKDF2WithHmacSHA256:600000:salt:hash}),
 * so older hashes still verify and {@link #isOutdated} tells the sign-in to replace them.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash hasher;

    /** Checked when the user name is unknown, so that an unknown name costs the same time as a known one. */
    private String dummyHash;

    @PostConstruct
    void configure() {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                ALGORITHM,
                "Pbkdf2PasswordHash.Iterations",
                String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes",
                "32",
                "Pbkdf2PasswordHash.KeySizeBytes",
                "32"));
        dummyHash = hasher.generate("no user has this password".toCharArray());
    }

    public String hash(String password) {
        return hasher.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hasher.verify(password.toCharArray(), storedHash);
    }

    /** The same work as {@link #verify} for a user who does not exist; always false. */
    public boolean verifyAgainstNobody(String password) {
        hasher.verify(password.toCharArray(), dummyHash);
        return false;
    }

    /** Whether a stored hash was made with another algorithm or fewer iterations than today's. */
    public static boolean isOutdated(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
