package dev.marquee.platform.infrastructure.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedProbeTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BoundedProbe probe = new BoundedProbe(threads, body -> body, Duration.ofMillis(200));
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void release() {
        released.countDown();
        threads.shutdownNow();
    }

    @Test
    void aQuickCheckGivesItsOwnAnswer() {
        HealthCheckResponse answer = probe.answer("database", () -> up("database", Map.of("millis", 3L)));

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(answer.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("millis", 3L));
    }

    @Test
    void aCheckThatWaitsIsDownWithTheReasonAndIsNotStartedAgainWhileItWaits() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        Supplier<HealthCheckResponse> stuck = () -> {
            started.incrementAndGet();
            await(released);
            return up("cluster", Map.of());
        };

        for (int i = 0; i < 3; i++) {
            HealthCheckResponse answer = probe.answer("cluster", stuck);
            assertThat(answer.getName()).isEqualTo("cluster");
            assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(answer.getData()).hasValueSatisfying(data ->
                    assertThat(data).containsEntry("reason", "no answer within 200 ms"));
        }
        for (int waited = 0; started.get() == 0 && waited < 100; waited++) {
            Thread.sleep(50); // a loaded machine may start the attempt's thread late
        }
        assertThat(started).hasValue(1);

        released.countDown();
        // the stuck attempt's own answer, or a new attempt's if that one finished first
        assertThat(probe.answer("cluster", stuck).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        int attempts = started.get();
        assertThat(probe.answer("cluster", stuck).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(started).as("a finished attempt is not reused: a later probe checks again").hasValue(attempts + 1);
    }

    @Test
    void aCheckThatFailsIsDownWithTheKindOfFailureButNotItsMessage() {
        HealthCheckResponse answer = probe.answer("configuration", () -> {
            throw new IllegalStateException("no route to db.internal.example:5432");
        });

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("reason", "IllegalStateException"));
    }

    @Test
    void aStuckCheckDoesNotHoldTheOthers() {
        probe.answer("cluster", () -> {
            await(released);
            return up("cluster", Map.of());
        });

        assertThat(probe.answer("database", () -> up("database", Map.of())).getStatus())
                .isEqualTo(HealthCheckResponse.Status.UP);
    }

    private static HealthCheckResponse up(String name, Map<String, Object> data) {
        return new HealthCheckResponse(name, HealthCheckResponse.Status.UP, Optional.of(data));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
