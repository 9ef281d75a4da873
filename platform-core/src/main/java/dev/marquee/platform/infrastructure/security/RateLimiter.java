package dev.marquee.platform.infrastructure.security;

import java.time.Duration;

/**
 * Attempts allowed per key (a client address, an event, a person in a room): a token bucket of
 * {@code burst} attempts refilled at {@code burst} per period. {@link GridRateLimiter} holds across the
 * cluster; {@link LocalRateLimiter} on one instance.
 */
public interface RateLimiter {

    /** Takes one attempt for {@code key}: zero if allowed now, else how long until the next one is. */
    Duration acquire(String key);

    /** How long until {@code key} may try again, without taking an attempt: zero if it may now. */
    Duration waitFor(String key);
}
