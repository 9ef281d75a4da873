package dev.marquee.platform.infrastructure.cluster;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells a topic listener whether a message is new: sent within {@link #FRESH_MILLIS} of this
 * instance's clock (either way, for clocks a little apart) and not seen before. The nonces seen are
 * kept in two generations of {@link #GENERATION_MILLIS} each, so each is remembered at least that long
 * (longer than a message stays fresh) and memory is bounded by the messages of two generations. Also
 * paces the warnings about refused messages (one a minute).
 */
final class ReplayGuard {

    static final long FRESH_MILLIS = 30_000;
    static final long GENERATION_MILLIS = 60_000;
    private static final long WARN_EVERY_MILLIS = 60_000;

    private final Clock clock;
    private volatile Set<String> current = ConcurrentHashMap.newKeySet();
    private volatile Set<String> previous = ConcurrentHashMap.newKeySet();
    private volatile long generationStart;
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE);

    ReplayGuard(Clock clock) {
        this.clock = clock;
        this.generationStart = clock.millis();
    }

    /** Whether a message with this nonce, sent at {@code sentAt}, is fresh and seen for the first time. */
    boolean firstAndFresh(String nonce, long sentAt) {
        long now = clock.millis();
        if (Math.abs(now - sentAt) > FRESH_MILLIS) {
            return false;
        }
        rotate(now);
        if (previous.contains(nonce)) {
            return false;
        }
        return current.add(nonce);
    }

    /** Runs {@code warning} unless one ran within the last minute. */
    void refused(Runnable warning) {
        long now = clock.millis();
        long last = lastWarning.get();
        if ((last == Long.MIN_VALUE || now - last >= WARN_EVERY_MILLIS) && lastWarning.compareAndSet(last, now)) {
            warning.run();
        }
    }

    private synchronized void rotate(long now) {
        if (now - generationStart >= GENERATION_MILLIS) {
            previous = now - generationStart >= 2 * GENERATION_MILLIS ? ConcurrentHashMap.newKeySet() : current;
            current = ConcurrentHashMap.newKeySet();
            generationStart = now;
        }
    }
}
