package dev.marquee.platform.infrastructure.health;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class TaskHeartbeatsTest {

    private Instant now = Instant.parse("2026-05-01T10:00:00Z");
    private final TaskHeartbeats heartbeats = new TaskHeartbeats(new Clock() {
        @Override
        public ZoneOffset getZone() {
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
    });

    @Test
    void aTaskThatKeepsBeatingIsNotStuck() {
        heartbeats.expect("mail", Duration.ofSeconds(5));
        for (int i = 0; i < 100; i++) {
            now = now.plusSeconds(5);
            heartbeats.beat("mail");
        }
        assertThat(heartbeats.stuck()).isEmpty();
        assertThat(heartbeats.secondsSinceBeat()).containsEntry("mail", 0L);
    }

    @Test
    void aLongPassIsToleratedUpToThreeIntervalsAndTheGrace() {
        heartbeats.expect("tickets", Duration.ofSeconds(15));
        now = now.plus(TaskHeartbeats.GRACE).plusSeconds(45);
        assertThat(heartbeats.stuck()).isEmpty();
        now = now.plusSeconds(1);
        assertThat(heartbeats.stuck()).containsOnlyKeys("tickets");
    }

    @Test
    void aBeatBringsAStuckTaskBack() {
        heartbeats.expect("mail", Duration.ofSeconds(5));
        now = now.plus(Duration.ofHours(1));
        assertThat(heartbeats.stuck()).containsEntry("mail", 3600L);
        heartbeats.beat("mail");
        assertThat(heartbeats.stuck()).isEmpty();
    }

    @Test
    void beatsOfTasksNeverExpectedAreIgnored() {
        heartbeats.beat("unknown");
        assertThat(heartbeats.secondsSinceBeat()).isEmpty();
    }

    @Test
    void aPassThatThrowsIsLoggedAndTheNextPassRunsAndBeats() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        try {
            ScheduledFuture<?> task = heartbeats.runEvery("feeds", Duration.ofMillis(10), scheduler, () -> {
                third.countDown();
                if (passes.incrementAndGet() == 1) {
                    now = now.plusSeconds(60);
                    throw new IllegalStateException("the first pass fails");
                }
            }, Logger.getLogger("test"), "a pass failed");
            assertThat(third.await(5, TimeUnit.SECONDS)).as("passes after the failed one").isTrue();
            task.cancel(false);
        } finally {
            scheduler.shutdownNow();
        }
        assertThat(heartbeats.secondsSinceBeat()).containsEntry("feeds", 0L);
    }
}
