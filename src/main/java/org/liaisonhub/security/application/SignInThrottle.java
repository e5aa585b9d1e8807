package org.liaisonhub.security.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing with exponential back-off, counted three ways:
 * <ul>
 * <li>per (address, user name): {@link #FREE_PER_ADDRESS_AND_NAME} failures are free, then each further attempt
 * must wait {@link #FIRST_WAIT}, doubling with every failure up to {@link #LONGEST_WAIT};</li>
 * <li>per address, whatever the names: the same after {@link #FREE_PER_ADDRESS} failures (one guesser trying many
 * names);</li>
 * <li>per user name across addresses: only after {@link #FREE_PER_NAME} failures, and each address adds at most
 * {@link #FREE_PER_ADDRESS_AND_NAME} to that count. So one attacker cannot lock anyone (the admin) out from
 * everywhere, while a distributed guess at one name is still slowed down.</li>
 * </ul>
 * A failure is forgotten {@link #MEMORY} after the last one of its key; the stores are bounded (Caffeine), so a
 * flood of made-up names cannot fill the memory. Kept per node: a cluster multiplies the allowance by its node
 * count, which still bounds guessing.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int FREE_PER_ADDRESS_AND_NAME = 5;
    public static final int FREE_PER_ADDRESS = 50;
    public static final int FREE_PER_NAME = 100;
    public static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Longer than the longest wait, so a patient guesser's count never starts again from zero. */
    public static final Duration MEMORY = Duration.ofHours(1);

    static final long MAX_KEYS = 100_000;

    private final Clock clock;
    private final Cache<String, Failures> byAddressAndName;
    private final Cache<String, Failures> byAddress;
    private final Cache<String, Failures> byName;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
        this.byAddressAndName = store(clock);
        this.byAddress = store(clock);
        this.byName = store(clock);
    }

    private static Cache<String, Failures> store(Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(MEMORY)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** How long the caller must still wait before an attempt is checked at all; empty when it may try now. */
    public Optional<Duration> waitBefore(String address, String username) {
        Instant now = clock.instant();
        Duration wait = longest(
                now,
                byAddressAndName.getIfPresent(pair(address, username)),
                FREE_PER_ADDRESS_AND_NAME,
                longest(
                        now,
                        byAddress.getIfPresent(address(address)),
                        FREE_PER_ADDRESS,
                        longest(now, byName.getIfPresent(name(username)), FREE_PER_NAME, Duration.ZERO)));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String address, String username) {
        Instant now = clock.instant();
        Failures pair = byAddressAndName.asMap().merge(pair(address, username), new Failures(1, now), Failures::add);
        byAddress.asMap().merge(address(address), new Failures(1, now), Failures::add);
        if (pair.count() <= FREE_PER_ADDRESS_AND_NAME) {
            byName.asMap().merge(name(username), new Failures(1, now), Failures::add);
        }
    }

    /** The right password for a name from an address: that pair starts afresh; the address and name counts stay. */
    public void succeeded(String address, String username) {
        byAddressAndName.invalidate(pair(address, username));
    }

    /** The wait after {@code count} failures, the last at {@code last}, with {@code free} of them free. */
    static Duration waitAfter(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - free, 30);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Duration longest(Instant now, Failures failures, int free, Duration other) {
        if (failures == null) {
            return other;
        }
        Duration left = Duration.between(now, failures.last().plus(waitAfter(failures.count(), free)));
        return left.compareTo(other) > 0 ? left : other;
    }

    private static String pair(String address, String username) {
        return address(address) + '\n' + name(username);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String name(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {

        Failures add(Failures one) {
            return new Failures(count + one.count, one.last);
        }
    }
}
