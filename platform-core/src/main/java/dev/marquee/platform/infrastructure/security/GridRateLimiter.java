package dev.marquee.platform.infrastructure.security;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.GridChange;
import dev.marquee.platform.infrastructure.cluster.GridCodec;
import dev.marquee.platform.infrastructure.cluster.SealedMap;
import dev.marquee.platform.spi.security.LocalRateLimiter;
import dev.marquee.platform.spi.security.RateLimiter;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Token buckets kept in the data grid, so a limit holds whichever instance a request lands on: each
 * attempt is one atomic change of the key's sealed entry ({@link SealedMap#change}). A bucket left alone
 * for a whole period is full again, so it expires then and the map only holds keys in use. When the
 * grid does not answer within {@link GridCalls#DEFAULT_WAIT}, this instance's own buckets decide instead
 * (a limit per instance rather than none).
 */
public final class GridRateLimiter implements RateLimiter {

    private final DataGrid grid;
    private final String structure;
    private final int burst;
    private final long periodMillis;
    private final Clock clock;
    private final LocalRateLimiter fallback;

    /** A limit named {@code name} (the sealed grid map {@code rate.<name>}). */
    public GridRateLimiter(DataGrid grid, String name, int burst, Duration period, Clock clock) {
        if (burst < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs a positive burst and period");
        }
        this.grid = grid;
        this.structure = "rate." + name;
        this.burst = burst;
        this.periodMillis = period.toMillis();
        this.clock = clock;
        this.fallback = new LocalRateLimiter(burst, period, 100_000, clock);
    }

    @Override
    public Duration acquire(String key) {
        long now = clock.millis();
        return run(key, current -> {
            double tokens = tokens(current, now);
            long wait = waitMillis(tokens);
            return wait > 0 ? GridChange.Outcome.<double[], Long>keep(wait)
                    : GridChange.Outcome.set(new double[] {tokens - 1, now}, periodMillis, 0L);
        }).orElseGet(() -> fallback.acquire(key));
    }

    @Override
    public Duration waitFor(String key) {
        long now = clock.millis();
        return run(key, current -> GridChange.Outcome.<double[], Long>keep(waitMillis(tokens(current, now))))
                .orElseGet(() -> fallback.waitFor(key));
    }

    @Override
    public Supplier<Duration> waitForStarted(String key) {
        long now = clock.millis();
        CompletionStage<Long> call = start(key, current -> GridChange.Outcome.keep(waitMillis(tokens(current, now))));
        return () -> await(call).orElseGet(() -> fallback.waitFor(key));
    }

    @Override
    public void giveBack(String key) {
        if (await(start(key, giveBackChange())).isEmpty()) {
            fallback.giveBack(key);
        }
    }

    @Override
    public void giveBackLater(String key) {
        CompletionStage<Long> call = start(key, giveBackChange());
        if (call == null) {
            fallback.giveBack(key);
            return;
        }
        call.whenComplete((answer, failure) -> {
            if (failure != null) {
                fallback.giveBack(key);
            }
        });
    }

    private GridChange<double[], Long> giveBackChange() {
        long now = clock.millis();
        return current -> current == null
                ? GridChange.Outcome.keep(0L)
                : GridChange.Outcome.set(new double[] {Math.min(burst, tokens(current, now) + 1), now}, periodMillis, 0L);
    }

    private Optional<Duration> run(String key, GridChange<double[], Long> change) {
        return await(start(key, change));
    }

    /** The change, under way; null when the grid cannot take it at all. */
    private CompletionStage<Long> start(String key, GridChange<double[], Long> change) {
        try {
            return grid.sealedMap(structure, CODEC).change(key, change);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The answer of a change, or empty when the grid did not give it within {@link GridCalls#DEFAULT_WAIT}. */
    private Optional<Duration> await(CompletionStage<Long> call) {
        return call == null ? Optional.empty()
                : GridCalls.await(call, GridCalls.DEFAULT_WAIT, "rate " + structure).map(Duration::ofMillis);
    }

    private double tokens(double[] bucket, long now) {
        double perMilli = burst / (double) periodMillis;
        return bucket == null ? burst : Math.min(burst, bucket[0] + Math.max(0, now - (long) bucket[1]) * perMilli);
    }

    private long waitMillis(double tokens) {
        double perMilli = burst / (double) periodMillis;
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
    }

    /** {tokens, updated at millis}. */
    private static final GridCodec<double[]> CODEC = new GridCodec<>() {
        @Override
        public void write(double[] value, DataOutputStream out) throws IOException {
            out.writeDouble(value[0]);
            out.writeDouble(value[1]);
        }

        @Override
        public double[] read(DataInputStream in) throws IOException {
            return new double[] {in.readDouble(), in.readDouble()};
        }
    };
}
