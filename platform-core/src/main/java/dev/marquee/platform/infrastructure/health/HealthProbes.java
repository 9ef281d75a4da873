package dev.marquee.platform.infrastructure.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The time limit of Marquee's readiness checks ({@value #LIMIT_MILLIS} ms, under the usual probe
 * timeouts), on daemon threads of their own, in the application's context.
 */
@ApplicationScoped
public class HealthProbes {

    static final long LIMIT_MILLIS = 2_000;

    @Resource
    ContextService contexts;

    private BoundedProbe probe;

    @PostConstruct
    void start() {
        AtomicInteger count = new AtomicInteger();
        probe = new BoundedProbe(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "marquee-health-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }), contexts::contextualSupplier, Duration.ofMillis(LIMIT_MILLIS));
    }

    /** {@code body}'s answer for the check {@code name}, or DOWN with the reason if it takes longer than the limit. */
    public HealthCheckResponse answer(String name, Supplier<HealthCheckResponse> body) {
        return probe.answer(name, body);
    }
}
