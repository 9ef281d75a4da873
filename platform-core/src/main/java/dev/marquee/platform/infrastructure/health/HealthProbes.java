package dev.marquee.platform.infrastructure.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The time limit of Marquee's readiness checks ({@value #LIMIT_MILLIS} ms, under the usual probe
 * timeouts), on daemon threads of their own that take the probing thread's class loader (so a check
 * reads the same configuration as it would inline). Not the container's context service: a probe on the
 * management listener runs in no application's context, and capturing that context fails there.
 */
@ApplicationScoped
public class HealthProbes {

    static final long LIMIT_MILLIS = 2_000;

    private ExecutorService threads;
    private BoundedProbe probe;

    @PostConstruct
    void start() {
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "marquee-health-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        probe = new BoundedProbe(threads, HealthProbes::withCallersClassLoader, Duration.ofMillis(LIMIT_MILLIS));
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** {@code body}, to run on another thread with the class loader the calling thread has now. */
    static <T> Supplier<T> withCallersClassLoader(Supplier<T> body) {
        ClassLoader callers = Thread.currentThread().getContextClassLoader();
        return () -> {
            Thread thread = Thread.currentThread();
            ClassLoader own = thread.getContextClassLoader();
            thread.setContextClassLoader(callers);
            try {
                return body.get();
            } finally {
                thread.setContextClassLoader(own);
            }
        };
    }

    /** {@code body}'s answer for the check {@code name}, or DOWN with the reason if it takes longer than the limit. */
    public HealthCheckResponse answer(String name, Supplier<HealthCheckResponse> body) {
        return probe.answer(name, body);
    }
}
