/**
 * Small security helpers a plugin needs so it does not write its own: random URL-safe tokens, the
 * SHA-256 under which a token is stored, and comparison in constant time. Thread-safe, stateless.
 *
 * <p>Stable since 0.1.0.
 */
package dev.marquee.platform.spi.security;
