package dev.marquee.platform.spi.events;

/**
 * A person lost access (a ticket was cancelled, an account removed): sessions of {@code subject}
 * have ended and open connections must close. Fired by core.
 */
public record AccessRevoked(String subject, Long eventId, String reason) {
}
