package dev.marquee.platform.infrastructure.security;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.spi.security.RateLimiter;
import dev.marquee.platform.spi.security.RateLimiters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Core's {@link RateLimiters}: a {@link GridRateLimiter} named {@value #PREFIX}{@code <name>}, so a
 * plugin's limit never shares buckets with one of core's.
 */
@ApplicationScoped
public class GridRateLimiters implements RateLimiters {

    /** Where plugins' limits live among the grid's rate maps. */
    static final String PREFIX = "plugin.";

    private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile(PART + "(\\." + PART + ")+");

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
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A rate limit's name is the plugin's id, a dot and lower-case "
                    + "letters, digits and dashes in dot-separated parts (e.g. my-plugin.sends), not " + name);
        }
        return new GridRateLimiter(grid, PREFIX + name, burst, period, Clock.systemUTC());
    }
}
