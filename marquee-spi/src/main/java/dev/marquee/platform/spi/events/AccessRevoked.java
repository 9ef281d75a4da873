package dev.marquee.platform.spi.events;

/**
 * A person lost access (a ticket was cancelled, an account removed): sessions of {@code subject}
 * have ended and open connections must close. Fired by core.
 *
 * @since 0.1.0
 */
public record AccessRevoked(String subject, Long eventId, String reason) {
}
