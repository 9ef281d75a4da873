/** Security primitives: random tokens and their hashes, and rate limiting by key. */
package dev.marquee.platform.infrastructure.security;
