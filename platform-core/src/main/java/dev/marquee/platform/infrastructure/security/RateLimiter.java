package dev.marquee.platform.infrastructure.security;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Attempts allowed per key (a client address, an event, a person in a room): a token bucket of
 * {@code burst} attempts refilled at {@code burst} per period. {@link GridRateLimiter} holds across the
 * cluster; {@link LocalRateLimiter} on one instance.
 *
 * <p>To limit failures without a race, take first and give back: {@link #acquire} before the check
 * (one atomic step, so parallel requests cannot all pass a check made before any of them counted), then
 * {@link #giveBack} when the attempt turned out not to count (a right password).
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
