/**
 * Small security helpers a plugin needs so it does not write its own: random URL-safe tokens, the
 * SHA-256 under which a token is stored, and comparison in constant time ({@link dev.marquee.platform.spi.security.Tokens},
 * stateless); and rate limits by key ({@link dev.marquee.platform.spi.security.RateLimiter}, with the
 * token buckets of one instance in {@link dev.marquee.platform.spi.security.LocalRateLimiter}, and across the cluster from core's
 * {@link dev.marquee.platform.spi.security.RateLimiters}). Thread-safe.
 *
 * <p>Stable since 0.1.0.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.security;
