/**
 * Security primitives: random tokens and their hashes, and rate limiting by key, cluster-wide
 * ({@link dev.marquee.platform.infrastructure.security.GridRateLimiter}) or on one instance.
 */
package dev.marquee.platform.infrastructure.security;
