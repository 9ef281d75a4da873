package dev.marquee.platform.spi.ticketing;

import java.time.Instant;

/**
 * One ticket as the outside system knows it. {@code ticketId} is the key that makes imports
 * idempotent; {@code cancelled} means access must be revoked.
 */
public record TicketRecord(long line, String ticketId, String orderId, String firstName, String lastName,
                           String email, String ticketType, String status, boolean cancelled,
                           Instant purchasedAt) {
}
