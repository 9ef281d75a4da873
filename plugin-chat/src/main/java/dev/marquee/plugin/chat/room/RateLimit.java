package dev.marquee.plugin.chat.room;

/** A token bucket: {@code burst} at once, refilled at {@code perSecond}. Thread-safe, allocation-free. */
public final class RateLimit {

    private final double burst;
    private final double perNano;
    private double tokens;
    private long last;

    public RateLimit(double burst, double perSecond, long nowNanos) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes a token if there is one. */
    public synchronized boolean tryTake(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Seconds until the next token, for the error a limited person gets. */
    public synchronized double secondsToNext() {
        return tokens >= 1 ? 0 : (1 - tokens) / (perNano * 1e9);
    }
}
