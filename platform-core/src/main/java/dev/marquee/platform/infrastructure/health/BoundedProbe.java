package dev.marquee.platform.infrastructure.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Gives a health check's answer within a time limit, so a probe always gets one: a check whose body
 * waits (on the data grid while it moves partitions, on a pool with no free connection) answers DOWN
 * with the reason {@code "no answer within N ms"} instead of holding the probe's request until the
 * load balancer's own timeout says nothing of why.
 *
 * <p>A body still running when the next probe comes is awaited again, never started twice: a check that
 * hangs holds one thread, however often it is probed.
 */
final class BoundedProbe {

    private final Executor threads;
    private final Function<Supplier<HealthCheckResponse>, Supplier<HealthCheckResponse>> inContext;
    private final Duration limit;
    private final Map<String, CompletableFuture<HealthCheckResponse>> running = new ConcurrentHashMap<>();

    /**
     * @param threads   where bodies run (daemon threads: a body that never returns must not hold the JVM)
     * @param inContext wraps a body so that it runs as it would on the caller's thread (its class loader)
     * @param limit     how long a probe waits for a body
     */
    BoundedProbe(Executor threads, Function<Supplier<HealthCheckResponse>, Supplier<HealthCheckResponse>> inContext,
                 Duration limit) {
        this.threads = threads;
        this.inContext = inContext;
        this.limit = limit;
    }

    /**
     * The answer of {@code body} for the check {@code name}, or DOWN with the reason when it takes too long
     * or throws (then the exception's class name).
     */
    HealthCheckResponse answer(String name, Supplier<HealthCheckResponse> body) {
        CompletableFuture<HealthCheckResponse> answer = running.compute(name, (n, earlier) -> {
            if (earlier != null && !earlier.isDone()) {
                return earlier;
            }
            return CompletableFuture.supplyAsync(inContext.apply(body), threads);
        });
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return down(name, "no answer within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            // the exception's kind only: its message may name hosts or settings, and /health is public
            return down(name, e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(name, "interrupted");
        }
    }

    private static HealthCheckResponse down(String name, String reason) {
        return new HealthCheckResponse(name, HealthCheckResponse.Status.DOWN, Optional.of(Map.of("reason", reason)));
    }
}
