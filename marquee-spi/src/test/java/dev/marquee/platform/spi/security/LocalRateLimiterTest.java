package dev.marquee.platform.spi.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LocalRateLimiter limiter = new LocalRateLimiter(3, Duration.ofMinutes(1), 1000, clock);

    @Test
    void allowsABurstThenSaysHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("1.2.3.4")).isZero();
        }
        Duration wait = limiter.acquire("1.2.3.4");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(limiter.acquire("5.6.7.8")).as("other keys are not affected").isZero();
    }

    @Test
    void refillsOverTime() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("k");
        }
        assertThat(limiter.waitFor("k")).isPositive();
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.waitFor("k")).isZero();
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isPositive();
    }

    @Test
    void waitingTakesNoAttempt() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.waitFor("k")).isZero();
        }
        assertThat(limiter.acquire("k")).isZero();
    }

    @Test
    void memoryStaysBoundedUnderManyKeys() {
        LocalRateLimiter small = new LocalRateLimiter(1, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 10_000; i++) {
            small.acquire("addr-" + i);
        }
        assertThat(small.size()).isLessThanOrEqualTo(100);
    }
}
