package dev.marquee.platform.spi.security;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Attempts allowed per key (a client address, an event, a person in a room): a token bucket of
 * {@code burst} attempts refilled at {@code burst} per period. {@link LocalRateLimiter} holds on one
 * instance (what a plugin makes for limits kept with state that lives on one instance, such as a stage's
 * owner); core's own limits that must hold across the cluster implement it on the data grid.
 *
 * <p>To limit failures without a race, take first and give back: {@link #acquire} before the check
 * (one atomic step, so parallel requests cannot all pass a check made before any of them counted), then
 * {@link #giveBack} when the attempt turned out not to count (a right password).
 *
 * <p><b>Threading.</b> Implementations are thread-safe and do not block on other keys.
 *
 * @since 0.1.0
 */
public interface RateLimiter {

    /** Takes one attempt for {@code key}: zero if allowed now, else how long until the next one is. */
    Duration acquire(String key);

    /** How long until {@code key} may try again, without taking an attempt: zero if it may now. */
    Duration waitFor(String key);

    /** Returns an attempt taken by {@link #acquire} that did not count (never beyond a full bucket). */
    void giveBack(String key);

    /**
     * Starts {@link #waitFor} and returns at once; the supplier waits for the answer. So a caller can ask
     * while it does something else (takes from another limit).
     */
    default Supplier<Duration> waitForStarted(String key) {
        Duration wait = waitFor(key);
        return () -> wait;
    }

    /**
     * {@link #giveBack} without waiting for it to be done. An attempt given back a moment late only
     * keeps the limit stricter for that moment; on one instance, a later {@link #acquire} of the key
     * comes after it.
     */
    default void giveBackLater(String key) {
        giveBack(key);
    }
}
