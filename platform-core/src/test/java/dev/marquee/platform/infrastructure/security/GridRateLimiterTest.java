package dev.marquee.platform.infrastructure.security;

import com.hazelcast.core.HazelcastInstance;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class GridRateLimiterTest {

    private static GridMembers members;
    private static HazelcastInstance a;
    private static HazelcastInstance b;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.started(2);
        a = members.member(0);
        b = members.member(1);
    }

    @AfterAll
    static void stopGrid() {
        members.close();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T10:00:00Z");

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

    @Test
    void theLimitHoldsAcrossInstances() {
        MovableClock clock = new MovableClock();
        RateLimiter onA = new GridRateLimiter(new DataGrid(a), "test-across", 3, Duration.ofMinutes(1), clock);
        RateLimiter onB = new GridRateLimiter(new DataGrid(b), "test-across", 3, Duration.ofMinutes(1), clock);

        assertThat(onA.acquire("10.0.0.1")).isZero();
        assertThat(onB.acquire("10.0.0.1")).isZero();
        assertThat(onA.acquire("10.0.0.1")).isZero();
        assertThat(onB.waitFor("10.0.0.1")).as("three taken on two instances").isEqualTo(Duration.ofSeconds(20));
        assertThat(onB.acquire("10.0.0.1")).isEqualTo(Duration.ofSeconds(20));
        assertThat(onA.acquire("10.0.0.2")).as("another key has its own bucket").isZero();

        clock.now = clock.now.plusSeconds(20);
        assertThat(onA.waitFor("10.0.0.1")).isZero();
        assertThat(onB.acquire("10.0.0.1")).isZero();
        assertThat(onA.acquire("10.0.0.1")).isPositive();
    }

    @Test
    void waitingDoesNotTakeAnAttempt() {
        RateLimiter onA = new GridRateLimiter(new DataGrid(a), "test-wait", 1, Duration.ofMinutes(1), Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            assertThat(onA.waitFor("key")).isZero();
        }
        assertThat(onA.acquire("key")).isZero();
        assertThat(onA.waitFor("key")).isPositive();
    }

    @Test
    void anIdleBucketExpiresFromTheGrid() throws InterruptedException {
        RateLimiter onA = new GridRateLimiter(new DataGrid(a), "test-expiry", 1, Duration.ofSeconds(1), Clock.systemUTC());
        onA.acquire("key");
        assertThat(b.getMap("marquee.rate.test-expiry").containsKey("key")).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (b.getMap("marquee.rate.test-expiry").containsKey("key") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(b.getMap("marquee.rate.test-expiry").containsKey("key")).isFalse();
    }

    @Test
    void withoutAGridTheInstanceStillLimits() {
        DataGrid gone = new DataGrid(null) {
            @Override
            public HazelcastInstance hazelcast() {
                throw new IllegalStateException("no grid");
            }
        };
        RateLimiter limiter = new GridRateLimiter(gone, "test-fallback", 2, Duration.ofMinutes(1), Clock.systemUTC());
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isPositive();
    }
}
