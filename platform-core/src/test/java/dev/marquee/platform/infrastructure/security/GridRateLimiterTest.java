package dev.marquee.platform.infrastructure.security;

import com.hazelcast.core.HazelcastInstance;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import dev.marquee.platform.spi.security.RateLimiter;
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
        RateLimiter onA = new GridRateLimiter(new DataGrid(a, GridMembers.SEAL), "test-across", 3, Duration.ofMinutes(1), clock);
        RateLimiter onB = new GridRateLimiter(new DataGrid(b, GridMembers.SEAL), "test-across", 3, Duration.ofMinutes(1), clock);

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
        RateLimiter onA = new GridRateLimiter(new DataGrid(a, GridMembers.SEAL), "test-wait", 1, Duration.ofMinutes(1), Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            assertThat(onA.waitFor("key")).isZero();
        }
        assertThat(onA.acquire("key")).isZero();
        assertThat(onA.waitFor("key")).isPositive();
    }

    @Test
    void anIdleBucketExpiresFromTheGrid() throws InterruptedException {
        RateLimiter onA = new GridRateLimiter(new DataGrid(a, GridMembers.SEAL), "test-expiry", 1, Duration.ofSeconds(1), Clock.systemUTC());
        onA.acquire("key");
        String map = GridMembers.SEAL.name("rate.test-expiry");
        assertThat(b.getMap(map).size()).isEqualTo(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!b.getMap(map).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(b.getMap(map).isEmpty()).isTrue();
    }

    @Test
    void parallelTakesNeverLetMoreThroughThanTheBurst() throws Exception {
        RateLimiter onA = new GridRateLimiter(new DataGrid(a, GridMembers.SEAL), "test-parallel", 10, Duration.ofMinutes(1),
                Clock.systemUTC());
        RateLimiter onB = new GridRateLimiter(new DataGrid(b, GridMembers.SEAL), "test-parallel", 10, Duration.ofMinutes(1),
                Clock.systemUTC());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        try {
            java.util.List<java.util.concurrent.Future<Duration>> takes = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                RateLimiter limiter = i % 2 == 0 ? onA : onB;
                takes.add(pool.submit(() -> limiter.acquire("203.0.113.9")));
            }
            long allowed = 0;
            for (java.util.concurrent.Future<Duration> take : takes) {
                allowed += take.get().isZero() ? 1 : 0;
            }
            assertThat(allowed).as("60 parallel takes on two members, burst 10").isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAttemptGivenBackCanBeTakenAgainButNeverOverfillsTheBucket() {
        RateLimiter onA = new GridRateLimiter(new DataGrid(a, GridMembers.SEAL), "test-give-back", 2, Duration.ofHours(1),
                Clock.systemUTC());
        assertThat(onA.acquire("k")).isZero();
        assertThat(onA.acquire("k")).isZero();
        assertThat(onA.acquire("k")).isPositive();
        onA.giveBack("k");
        assertThat(onA.acquire("k")).isZero();
        assertThat(onA.acquire("k")).isPositive();
        onA.giveBack("k");
        onA.giveBack("k");
        onA.giveBack("k");
        assertThat(onA.acquire("k")).isZero();
        assertThat(onA.acquire("k")).isZero();
        assertThat(onA.acquire("k")).as("given back three times, yet at most the burst").isPositive();
    }

    @Test
    void withoutAGridTheInstanceStillLimits() {
        DataGrid gone = new DataGrid(null, GridMembers.SEAL) {
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
