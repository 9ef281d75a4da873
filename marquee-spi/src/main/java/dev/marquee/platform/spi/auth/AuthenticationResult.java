package dev.marquee.platform.spi.auth;

import java.time.Duration;

/**
 * The answer of an {@link AuthenticationMechanism}: signed in, refused with a reason, or throttled.
 *
 * @since 0.1.0
 */
public sealed interface AuthenticationResult {

    /** The credentials are right. */
    record Success(Identity identity) implements AuthenticationResult {
    }

    /**
     * The credentials are refused. {@code reason} is a stable code ({@code invalid}, {@code revoked},
     * {@code expired}) and {@code message} tells the person what to do.
     */
    record Failure(String reason, String message) implements AuthenticationResult {
    }

    /** Too many attempts; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements AuthenticationResult {
    }
}
