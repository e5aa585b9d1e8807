package org.liaisonhub.security.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins for one user name within
 * {@link #WINDOW}, further attempts for that name are refused until the window has passed, whatever the
 * password. Kept per node in memory: a cluster multiplies the allowance by its node count, which still
 * bounds guessing.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count >= MAX_FAILURES && f.since.plus(WINDOW).isAfter(clock.instant());
    }

    public void failed(String username) {
        Instant now = clock.instant();
        failures.merge(key(username), new Failures(1, now),
                (old, one) -> old.since.plus(WINDOW).isBefore(now) ? one : new Failures(old.count + 1, old.since));
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant since) {
    }
}
