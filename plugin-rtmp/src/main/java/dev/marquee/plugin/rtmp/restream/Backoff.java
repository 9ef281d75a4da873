package dev.marquee.plugin.rtmp.restream;

import java.time.Duration;

/**
 * How long a push waits before reconnecting: {@code first}, doubling after each failed attempt up to
 * {@code max}; back to {@code first} once a connection has published. Not thread-safe: one push's event loop
 * uses it.
 */
public final class Backoff {

    private final long firstMillis;
    private final long maxMillis;
    private long nextMillis;

    public Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max");
        }
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.nextMillis = firstMillis;
    }

    /** The wait before the next attempt; the one after it is twice as long, up to the maximum. */
    public Duration next() {
        long wait = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return Duration.ofMillis(wait);
    }

    /** A connection published: the next failure waits {@code first} again. */
    public void reset() {
        nextMillis = firstMillis;
    }
}
