package org.liaisonhub.security.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials verified a moment ago, so that an API client sending HTTP Basic with every call pays for one PBKDF2
 * verification (~0.3 s at 600,000 iterations) per {@link #LIFETIME}, not per call. The key is the user name and an
 * HMAC of the password under a random key made when the application starts: the password itself is never kept,
 * and the HMAC is worthless outside this process. An entry holds the user's security stamp as it was; the sign-in
 * compares it with the stored one on every use, so a changed password, role or enabled flag (which change the
 * stamp) ends the entry on every node, and {@link #forget} drops it at once on this one.
 */
@ApplicationScoped
public class CredentialCache {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    static final long MAX_ENTRIES = 10_000;

    private final Cache<String, Long> verified = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(LIFETIME)
            .build();
    private final SecretKeySpec key;

    public CredentialCache() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** The security stamp the user had when this name and password were last verified, if that was recent. */
    public Optional<Long> stampOf(String username, String password) {
        return Optional.ofNullable(verified.getIfPresent(key(username, password)));
    }

    public void remember(String username, String password, long stamp) {
        verified.put(key(username, password), stamp);
    }

    /** Drops every entry of this user (any password). */
    public void forget(String username) {
        String prefix = username + '\n';
        verified.asMap().keySet().removeIf(k -> k.startsWith(prefix));
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return username
                    + '\n'
                    + Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
