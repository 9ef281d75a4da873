package dev.marquee.platform.infrastructure.security;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.PluginStructures;
import dev.marquee.platform.spi.security.RateLimiter;
import dev.marquee.platform.spi.security.RateLimiters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;

/**
 * Core's {@link RateLimiters}: a {@link GridRateLimiter} named {@value PluginStructures#PREFIX}{@code <name>}, so a
 * plugin's limit never shares buckets with one of core's.
 */
@ApplicationScoped
public class GridRateLimiters implements RateLimiters {

    @Inject
    DataGrid grid;

    public GridRateLimiters() {
    }

    /** Limits on a given grid (tests). */
    public GridRateLimiters(DataGrid grid) {
        this.grid = grid;
    }

    @Override
    public RateLimiter clusterWide(String name, int burst, Duration period) {
        return new GridRateLimiter(grid, PluginStructures.structure(name, "rate limit"), burst, period, Clock.systemUTC());
    }
}
