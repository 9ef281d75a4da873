package dev.marquee.platform.infrastructure.security;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.GridEntries;

import java.io.Serial;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Token buckets kept in the data grid, so a limit holds whichever instance a request lands on: each
 * attempt runs one entry processor on the member owning the key. A bucket left alone for a whole period
 * is full again, so it expires then and the map only holds keys in use. When the grid does not answer
 * within {@link GridCalls#DEFAULT_WAIT}, this instance's own buckets decide instead (a limit per
 * instance rather than none).
 */
public final class GridRateLimiter implements RateLimiter {

    private final DataGrid grid;
    private final String mapName;
    private final int burst;
    private final Duration period;
    private final Clock clock;
    private final LocalRateLimiter fallback;

    /** A limit named {@code name} (the grid map {@code marquee.rate.<name>}). */
    public GridRateLimiter(DataGrid grid, String name, int burst, Duration period, Clock clock) {
        if (burst < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs a positive burst and period");
        }
        this.grid = grid;
        this.mapName = "marquee.rate." + name;
        this.burst = burst;
        this.period = period;
        this.clock = clock;
        this.fallback = new LocalRateLimiter(burst, period, 100_000, clock);
    }

    @Override
    public Duration acquire(String key) {
        return run(key, true);
    }

    @Override
    public Duration waitFor(String key) {
        return run(key, false);
    }

    private Duration run(String key, boolean take) {
        try {
            IMap<String, double[]> buckets = grid.hazelcast().getMap(mapName);
            Take step = new Take(burst, period.toMillis(), clock.millis(), take);
            return GridCalls.await(buckets.submitToKey(key, step), GridCalls.DEFAULT_WAIT, "rate " + mapName)
                    .map(Duration::ofMillis)
                    .orElseGet(() -> take ? fallback.acquire(key) : fallback.waitFor(key));
        } catch (RuntimeException e) {
            return take ? fallback.acquire(key) : fallback.waitFor(key);
        }
    }

    /** Refills the bucket ({tokens, updated millis}) and takes a token if asked; answers the wait in ms. */
    static final class Take implements EntryProcessor<String, double[], Long> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final int burst;
        private final long periodMillis;
        private final long now;
        private final boolean take;

        Take(int burst, long periodMillis, long now, boolean take) {
            this.burst = burst;
            this.periodMillis = periodMillis;
            this.now = now;
            this.take = take;
        }

        @Override
        public Long process(Map.Entry<String, double[]> entry) {
            double perMilli = burst / (double) periodMillis;
            double[] bucket = entry.getValue();
            double tokens = bucket == null ? burst : Math.min(burst, bucket[0] + Math.max(0, now - bucket[1]) * perMilli);
            long wait = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
            if (!take) {
                return wait;
            }
            if (wait == 0) {
                tokens -= 1;
            }
            double[] updated = {tokens, now};
            GridEntries.setValue(entry, updated, periodMillis);
            return wait;
        }
    }
}
