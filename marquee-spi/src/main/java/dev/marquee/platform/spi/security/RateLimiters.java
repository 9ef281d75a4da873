package dev.marquee.platform.spi.security;

import java.time.Duration;

/**
 * Rate limits that hold across the cluster: a {@link RateLimiter} whose buckets live in core's data grid,
 * so a person cannot get more attempts by landing on another instance. When the grid does not answer in
 * time, the instance's own buckets decide (a limit per instance rather than none). For limits kept beside
 * state that lives on one instance, make a {@link LocalRateLimiter} instead. Core implements it; plugins
 * inject it: {@code @Inject RateLimiters limits;} and make each limit once, when the bean starts
 * ({@code @PostConstruct}).
 *
 * <p><b>Names</b> are shared by every plugin of the deployment: start each with your plugin's id and a dot
 * ({@code chat.groups}); lower-case letters, digits and dashes in two or more dot-separated parts. Core
 * keeps plugins' limits apart from its own. Two limiters of one name share their buckets, so give them the
 * same burst and period.
 *
 * <p><b>Threading.</b> Thread-safe; {@link #clusterWide} does not block. The limiter's calls wait for the
 * grid (at most a few seconds when it is slow), so call them from request or worker threads, not from an
 * event loop.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0; how buckets are stored on the grid is core's
 * and may change between versions.
 *
 * @since 0.1.0
 */
public interface RateLimiters {

    /**
     * The limit {@code name}: {@code burst} attempts at once per key, refilled at {@code burst} per
     * {@code period}.
     *
     * @throws IllegalArgumentException when the name is not of the form above, or burst or period is not
     *                                  positive
     */
    RateLimiter clusterWide(String name, int burst, Duration period);
}
