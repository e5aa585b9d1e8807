package org.liaisonhub.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final SignInThrottle throttle = new SignInThrottle(clock);

    private void fail(String address, String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, name);
        }
    }

    @Test
    void fewFailures_areFree() {
        fail("10.0.0.1", "alice", SignInThrottle.FREE_PER_ADDRESS_AND_NAME - 1);

        assertThat(throttle.waitBefore("10.0.0.1", "alice")).isEmpty();
    }

    @Test
    void guessingOneNameFromOneAddress_backsOffExponentially_upToTheLongestWait() {
        fail("10.0.0.1", "alice", SignInThrottle.FREE_PER_ADDRESS_AND_NAME);
        assertThat(throttle.waitBefore("10.0.0.1", "alice")).contains(SignInThrottle.FIRST_WAIT);

        clock.advance(SignInThrottle.FIRST_WAIT);
        assertThat(throttle.waitBefore("10.0.0.1", "alice"))
                .as("the wait is over")
                .isEmpty();
        fail("10.0.0.1", "alice", 1);
        assertThat(throttle.waitBefore("10.0.0.1", "alice")).contains(SignInThrottle.FIRST_WAIT.multipliedBy(2));

        fail("10.0.0.1", "alice", 20);
        assertThat(throttle.waitBefore("10.0.0.1", "alice")).contains(SignInThrottle.LONGEST_WAIT);
    }

    @Test
    void theRightPassword_startsThatPairAfresh() {
        fail("10.0.0.1", "alice", SignInThrottle.FREE_PER_ADDRESS_AND_NAME - 1);
        throttle.succeeded("10.0.0.1", "alice");
        fail("10.0.0.1", "alice", 1);

        assertThat(throttle.waitBefore("10.0.0.1", "alice")).isEmpty();
    }

    @Test
    void attackerGuessingAdmin_doesNotLockTheAdminOutElsewhere() {
        for (int i = 0; i < 1000; i++) {
            throttle.failed("203.0.113.9", "admin");
        }

        assertThat(throttle.waitBefore("203.0.113.9", "admin")).isPresent();
        assertThat(throttle.waitBefore("10.0.0.1", "admin"))
                .as("the admin at another address")
                .isEmpty();
    }

    @Test
    void oneAddressTryingManyNames_backsOffForEveryName() {
        for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("203.0.113.9", "user" + i);
        }

        assertThat(throttle.waitBefore("203.0.113.9", "someone-else")).contains(SignInThrottle.FIRST_WAIT);
        assertThat(throttle.waitBefore("10.0.0.1", "someone-else")).isEmpty();
    }

    @Test
    void aDistributedGuessAtOneName_isSlowedForTheName() {
        int addresses = SignInThrottle.FREE_PER_NAME / SignInThrottle.FREE_PER_ADDRESS_AND_NAME;
        for (int a = 0; a < addresses; a++) {
            fail("198.51.100." + a, "admin", SignInThrottle.FREE_PER_ADDRESS_AND_NAME);
        }

        assertThat(throttle.waitBefore("10.0.0.1", "admin"))
                .as("from a fresh address too")
                .isPresent();
        assertThat(throttle.waitBefore("10.0.0.1", "editor")).isEmpty();
    }

    @Test
    void failuresAreForgotten_anHourAfterTheLastOne() {
        fail("10.0.0.1", "alice", 30);
        clock.advance(SignInThrottle.MEMORY.plusSeconds(1));

        assertThat(throttle.waitBefore("10.0.0.1", "alice")).isEmpty();
    }

    @Test
    void namesDifferingOnlyInCaseOrSpaces_countTogether() {
        fail("10.0.0.1", "Alice ", SignInThrottle.FREE_PER_ADDRESS_AND_NAME);

        assertThat(throttle.waitBefore("10.0.0.1", "alice")).isPresent();
    }

    @Test
    void waitAfter_doublesAndIsCapped() {
        assertThat(SignInThrottle.waitAfter(4, 5)).isZero();
        assertThat(SignInThrottle.waitAfter(5, 5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.waitAfter(7, 5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInThrottle.waitAfter(Integer.MAX_VALUE, 5)).isEqualTo(SignInThrottle.LONGEST_WAIT);
    }
}
