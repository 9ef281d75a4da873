package dev.marquee.platform.spi.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key, on this instance only (a client address, an event): {@code burst} attempts at
 * once, refilled at {@code burst} per {@code period}. Memory stays bounded: past {@code maxKeys} buckets,
 * full ones are forgotten first (a full bucket is the same as a new one). Thread-safe; never blocks
 * beyond a short lock on one bucket, so it may be called from an event loop.
 *
 * <p>A plugin makes its own ({@code new LocalRateLimiter(...)}); it is a plain class, not a bean.
 *
 * @since 0.1.0
 */
public final class LocalRateLimiter implements RateLimiter {

    private final int burst;
    private final double tokensPerNano;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public LocalRateLimiter(int burst, Duration period, int maxKeys, Clock clock) {
        if (burst < 1 || period.isZero() || period.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("A rate limit needs a positive burst, period and key count");
        }
        this.burst = burst;
        this.tokensPerNano = burst / (double) period.toNanos();
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    @Override
    public Duration acquire(String key) {
        long now = nanos();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            forgetFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, tokensPerNano, burst);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / tokensPerNano));
        }
    }

    @Override
    public Duration waitFor(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        synchronized (bucket) {
            bucket.refill(nanos(), tokensPerNano, burst);
            return bucket.tokens >= 1 ? Duration.ZERO
                    : Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / tokensPerNano));
        }
    }

    @Override
    public void giveBack(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return;
        }
        synchronized (bucket) {
            bucket.refill(nanos(), tokensPerNano, burst);
            bucket.tokens = Math.min(burst, bucket.tokens + 1);
        }
    }

    /** How many keys are tracked now. */
    public int size() {
        return buckets.size();
    }

    private void forgetFull(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                bucket.refill(now, tokensPerNano, burst);
                if (bucket.tokens >= burst) {
                    it.remove();
                }
            }
        }
        if (buckets.size() >= maxKeys) {
            // Everyone is throttled at once (an attack from many addresses): drop an arbitrary bucket
            // rather than grow without bound.
            buckets.keySet().stream().findAny().ifPresent(buckets::remove);
        }
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        private Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        private void refill(long now, double perNano, int max) {
            if (now > updated) {
                tokens = Math.min(max, tokens + (now - updated) * perNano);
                updated = now;
            }
        }
    }
}
