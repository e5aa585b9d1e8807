package org.liaisonhub.platform.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Limits how often one client address may call each {@link RateLimitedAction}: a fixed window per (action,
 * address), counted in a bounded, expiring Caffeine map, so neither many calls nor many addresses make it grow
 * without bound. The limit is read from its system property on every call, so an administrator can change it at
 * run time through the management API ({@code /system-property=liaison.rate-limit.export:write-attribute}); a
 * new limit starts a new count.
 * Per node: a cluster of n nodes lets a client make up to n times the limit.
 * <p>
 * The address is the connection's ({@code getRemoteAddr()}): a client-supplied {@code X-Forwarded-For} is not
 * trusted. Behind a reverse proxy, the server must be told to trust the proxy (Undertow's
 * {@code proxy-address-forwarding}), or every client shares the proxy's address and its limit.
 */
@ApplicationScoped
public class RateLimitService {

    /** Addresses remembered at most, per node; beyond that the least used are forgotten first. */
    static final long MAX_TRACKED = 100_000;

    private static final Logger LOG = Logger.getLogger(RateLimitService.class.getName());

    private final LongSupplier nanoClock;
    private final Function<String, String> properties;
    private final Cache<WindowKey, Window> windows;
    private final ConcurrentHashMap<String, Boolean> reportedInvalid = new ConcurrentHashMap<>();

    private record WindowKey(RateLimitedAction action, String address) {}

    /** The calls counted in one period, from its start, under one limit. */
    private record Window(long startNanos, RateLimit limit, int calls) {}

    public RateLimitService() {
        this(System::nanoTime, System::getProperty);
    }

    RateLimitService(LongSupplier nanoClock, Function<String, String> properties) {
        this.nanoClock = nanoClock;
        this.properties = properties;
        this.windows = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                .expireAfterAccess(Duration.ofHours(1))
                .ticker(nanoClock::getAsLong)
                .build();
    }

    /**
     * Counts one call of {@code action} from {@code address}.
     *
     * @throws RateLimitExceededException when the address has used up its calls for the current period
     */
    public void check(RateLimitedAction action, String address) {
        tryAcquire(action, address).ifPresent(retryAfter -> {
            throw new RateLimitExceededException(action, limit(action), retryAfter);
        });
    }

    /** Counts one call; empty when allowed, else how long until the next call may be made. */
    public Optional<Duration> tryAcquire(RateLimitedAction action, String address) {
        RateLimit limit = limit(action);
        long now = nanoClock.getAsLong();
        Window window = windows.asMap()
                .compute(
                        new WindowKey(action, address == null ? "" : address),
                        (key, current) -> current == null
                                        || !current.limit().equals(limit)
                                        || now - current.startNanos()
                                                >= limit.period().toNanos()
                                ? new Window(now, limit, 1)
                                : new Window(current.startNanos(), limit, saturated(current.calls() + 1)));
        if (window.calls() <= limit.permits()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(window.startNanos() + limit.period().toNanos() - now));
    }

    /** The configured limit; a value that cannot be read falls back to the default, logged once per value. */
    public RateLimit limit(RateLimitedAction action) {
        String configured = properties.apply(action.property());
        if (configured == null || configured.isBlank()) {
            return action.fallback();
        }
        return RateLimit.parse(configured).orElseGet(() -> {
            if (reportedInvalid.putIfAbsent(action.property() + "=" + configured, Boolean.TRUE) == null) {
                LOG.warning(action.property() + "=" + configured + " is not a rate limit such as 30/minute; using "
                        + action.fallback());
            }
            return action.fallback();
        });
    }

    private static int saturated(int calls) {
        return calls < 0 ? Integer.MAX_VALUE : calls;
    }
}
