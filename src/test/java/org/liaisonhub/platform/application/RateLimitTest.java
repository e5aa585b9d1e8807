package org.liaisonhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitTest {

    @ParameterizedTest
    @ValueSource(strings = {"30/minute", " 30 / Minute ", "30/min"})
    void configuredValue_isReadAsCallsPerPeriod(String text) {
        assertThat(RateLimit.parse(text)).contains(new RateLimit(30, Duration.ofMinutes(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5/second", "5/s"})
    void perSecond_isRead(String text) {
        assertThat(RateLimit.parse(text)).contains(new RateLimit(5, Duration.ofSeconds(1)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "30",
                "0/minute",
                "-1/minute",
                "30/fortnight",
                "thirty/minute",
                "1/2/minute",
                "99999999999/minute"
            })
    void anythingElse_isNoLimitAtAll(String text) {
        assertThat(RateLimit.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/minute", "5/second", "100/hour"})
    void toString_writesWhatParseReads(String text) {
        assertThat(RateLimit.parse(text).orElseThrow()).hasToString(text);
    }
}
