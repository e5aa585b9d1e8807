package org.liaisonhub.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.liaisonhub.security.domain.Role;

/**
 * The first administrator of an installation that has none and was given no {@code liaison.admin.user} /
 * {@code liaison.admin.password}: at start-up a one-time token is made and written to the server log, and
 * {@code POST /api/setup} with that token names the first admin and sets their password. The token works once,
 * for {@link #LIFETIME}, only while no admin exists, and is compared in constant time; only its SHA-256 digest is
 * kept. Each node makes its own at start-up; a restart makes a new one.
 */
@ApplicationScoped
public class AdminSetupService {

    public static final Duration LIFETIME = Duration.ofHours(1);

    private final Clock clock;
    private byte[] tokenDigest;
    private Instant expires;

    @Inject
    UserService users;

    public AdminSetupService() {
        this(Clock.systemUTC());
    }

    AdminSetupService(Clock clock) {
        this.clock = clock;
    }

    /** A new one-time token when no admin exists (to be shown to the operator once); empty otherwise. */
    public synchronized Optional<String> openIfNoAdmin() {
        if (users.hasAdmin()) {
            return Optional.empty();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokenDigest = digest(token);
        expires = clock.instant().plus(LIFETIME);
        return Optional.of(token);
    }

    /**
     * Creates the first admin if the token is the open one; the token is then spent. Refuses (with
     * {@link SetupRefusedException}) a wrong, spent or expired token, and any token once an admin exists.
     */
    public synchronized UserSummary createFirstAdmin(String token, String username, String password) {
        if (!accepts(token)) {
            throw new SetupRefusedException("This setup token is wrong, used or expired. Restart the server for a new "
                    + "one (it is written to the server log while no admin exists).");
        }
        if (users.hasAdmin()) {
            close();
            throw new SetupRefusedException("An administrator exists already; setup is closed.");
        }
        UserSummary admin = users.create(username, password, Set.of(Role.ADMIN));
        close();
        return admin;
    }

    boolean accepts(String token) {
        if (tokenDigest == null || token == null || token.length() > 200) {
            return false;
        }
        if (!clock.instant().isBefore(expires)) {
            close();
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, digest(token));
    }

    private void close() {
        tokenDigest = null;
        expires = null;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The setup was refused: no admin was created. */
    public static class SetupRefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public SetupRefusedException(String message) {
            super(message);
        }
    }
}
