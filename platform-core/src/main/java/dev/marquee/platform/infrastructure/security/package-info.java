/**
 * Security primitives: random tokens and their hashes, and rate limiting by key, cluster-wide
 * ({@link dev.marquee.platform.infrastructure.security.GridRateLimiter}); the limiter interface and the
 * token buckets of one instance are in the plugin API ({@link dev.marquee.platform.spi.security.RateLimiter}).
 */
package dev.marquee.platform.infrastructure.security;
