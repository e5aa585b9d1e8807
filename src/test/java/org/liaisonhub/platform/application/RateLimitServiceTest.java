package org.liaisonhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-address limiter on a clock the test moves and properties the test sets. */
class RateLimitServiceTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final Map<String, String> properties = new HashMap<>();
    private final RateLimitService limits = new RateLimitService(clock::get, properties::get);

    @Test
    void callsBeyondTheLimit_areRefusedUntilThePeriodEnds() {
        properties.put("liaison.rate-limit.export", "3/minute");
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryAcquire(RateLimitedAction.EXPORT, "192.0.2.1"))
                    .as("call " + (i + 1))
                    .isEmpty();
        }
        clock.addAndGet(Duration.ofSeconds(20).toNanos());

        assertThat(limits.tryAcquire(RateLimitedAction.EXPORT, "192.0.2.1")).contains(Duration.ofSeconds(40));

        clock.addAndGet(Duration.ofSeconds(40).toNanos());
        assertThat(limits.tryAcquire(RateLimitedAction.EXPORT, "192.0.2.1"))
                .as("next period")
                .isEmpty();
    }

    @Test
    void oneNoisyAddress_doesNotUseUpAnotherAddressesCalls() {
        properties.put("liaison.rate-limit.export", "1/minute");
        limits.tryAcquire(RateLimitedAction.EXPORT, "192.0.2.1");
        assertThat(limits.tryAcquire(RateLimitedAction.EXPORT, "192.0.2.1")).isPresent();

        assertThat(limits.tryAcquire(RateLimitedAction.EXPORT, "192.0.2.2")).isEmpty();
    }

    @Test
    void exportCalls_doNotCountAgainstTheCsvOrIntake() {
        properties.put("liaison.rate-limit.export", "1/minute");
        properties.put("liaison.rate-limit.search-csv", "1/minute");
        limits.tryAcquire(RateLimitedAction.EXPORT, "192.0.2.1");
        assertThat(limits.tryAcquire(RateLimitedAction.EXPORT, "192.0.2.1")).isPresent();

        assertThat(limits.tryAcquire(RateLimitedAction.SEARCH_CSV, "192.0.2.1")).isEmpty();
        assertThat(limits.tryAcquire(RateLimitedAction.INTAKE, "192.0.2.1")).isEmpty();
    }

    @Test
    void aLimitChangedAtRunTime_appliesToTheNextCall_withANewCount() {
        properties.put("liaison.rate-limit.intake", "1/minute");
        limits.tryAcquire(RateLimitedAction.INTAKE, "192.0.2.1");
        assertThat(limits.tryAcquire(RateLimitedAction.INTAKE, "192.0.2.1")).isPresent();

        properties.put("liaison.rate-limit.intake", "2/minute");

        assertThat(limits.tryAcquire(RateLimitedAction.INTAKE, "192.0.2.1")).isEmpty();
        assertThat(limits.tryAcquire(RateLimitedAction.INTAKE, "192.0.2.1")).isEmpty();
        assertThat(limits.tryAcquire(RateLimitedAction.INTAKE, "192.0.2.1")).isPresent();
    }

    @Test
    void anUnreadableLimit_fallsBackToTheDefault() {
        properties.put("liaison.rate-limit.export", "lots");

        assertThat(limits.limit(RateLimitedAction.EXPORT)).isEqualTo(RateLimitedAction.EXPORT.fallback());
        assertThat(limits.limit(RateLimitedAction.SEARCH_CSV))
                .as("not set at all")
                .isEqualTo(RateLimitedAction.SEARCH_CSV.fallback());
    }

    @Test
    void check_refusesWithTheWaitInWholeSecondsAndAMessage() {
        properties.put("liaison.rate-limit.search-csv", "1/minute");
        limits.check(RateLimitedAction.SEARCH_CSV, "192.0.2.1");
        clock.addAndGet(Duration.ofMillis(59_500).toNanos());

        assertThatThrownBy(() -> limits.check(RateLimitedAction.SEARCH_CSV, "192.0.2.1"))
                .isInstanceOfSatisfying(RateLimitExceededException.class, e -> {
                    assertThat(e.retryAfterSeconds()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("1/minute").contains("CSV");
                });
    }
}
