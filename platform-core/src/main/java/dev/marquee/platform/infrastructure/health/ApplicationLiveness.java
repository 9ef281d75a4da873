package dev.marquee.platform.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Alive unless the heap is still nearly full right after garbage collection: then the instance is
 * better restarted than left answering slowly. Reads the pools' usage after their last collection,
 * so garbage waiting to be collected does not count.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    static final double MAX_HEAP_USE_AFTER_GC = 0.95;

    @Override
    public HealthCheckResponse call() {
        long used = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null && afterGc.getMax() > 0) {
                used += afterGc.getUsed();
                max += afterGc.getMax();
            }
        }
        double share = max == 0 ? 0 : used / (double) max;
        return HealthCheckResponse.named("heap")
                .status(share < MAX_HEAP_USE_AFTER_GC)
                .withData("usedAfterGcMiB", used / (1024 * 1024))
                .withData("maxMiB", max / (1024 * 1024))
                .build();
    }
}
