package dev.marquee.platform.spi.ticketing;

import java.time.Instant;

/**
 * One ticket as the outside system knows it. {@code ticketId} is the key that makes imports
 * idempotent; {@code cancelled} means access must be revoked.
 *
 * <p><b>Make it with {@link #builder()}</b>, not with the canonical constructor: the record may gain
 * components in a later version, which changes the constructor but not the builder (a new component gets
 * a neutral default). The constructor stays public because a record's must.
 *
 * <p><b>What core checks.</b> Core rejects (into the run's {@code rejected} list, naming the line and the
 * field, never the value) a record without {@code ticketId}, with one longer than 200 characters, without
 * {@code email}, or with an email that is not an address (or longer than 320). It trims the email and
 * cuts {@code firstName}, {@code lastName}, {@code orderId} and {@code ticketType} to 200 characters and
 * {@code status} to 64. Rejecting a bad row yourself through {@link TicketSink#reject} gives the organizer
 * a better reason (the source's column name, say). Core does not split or join names: a source with only a
 * full name splits it itself (the Weemss plugin cuts at the first space); both names may be null, and the
 * attendee is then shown by the part of the email before the {@code @}.
 *
 * @param line        where the record is in the source (a CSV line, an item's position), for rejections
 * @param ticketId    the source's id of the ticket, unique within the source; required
 * @param orderId     the order the ticket belongs to, or null
 * @param firstName   the attendee's first name, or null
 * @param lastName    the attendee's last name, or null
 * @param email       the attendee's address, where the access code is sent; required. Tickets with the
 *                    same address (case-insensitive) belong to one attendee
 * @param ticketType  the kind of ticket ("Full pass"), or null
 * @param status      the source's own status word, kept for organizers, or null
 * @param cancelled   whether the ticket no longer admits anyone
 * @param purchasedAt when it was bought, or null
 * @since 0.1.0
 */
public record TicketRecord(long line, String ticketId, String orderId, String firstName, String lastName,
                           String email, String ticketType, String status, boolean cancelled,
                           Instant purchasedAt) {

    /** A builder with every component empty (null, 0, false). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().line(line).ticketId(ticketId).orderId(orderId).firstName(firstName).lastName(lastName)
                .email(email).ticketType(ticketType).status(status).cancelled(cancelled).purchasedAt(purchasedAt);
    }

    /** Collects a {@link TicketRecord}'s values by name. Not thread-safe; use one per record. */
    public static final class Builder {

        private long line;
        private String ticketId;
        private String orderId;
        private String firstName;
        private String lastName;
        private String email;
        private String ticketType;
        private String status;
        private boolean cancelled;
        private Instant purchasedAt;

        private Builder() {
        }

        public Builder line(long line) {
            this.line = line;
            return this;
        }

        public Builder ticketId(String ticketId) {
            this.ticketId = ticketId;
            return this;
        }

        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder ticketType(String ticketType) {
            this.ticketType = ticketType;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder cancelled(boolean cancelled) {
            this.cancelled = cancelled;
            return this;
        }

        public Builder purchasedAt(Instant purchasedAt) {
            this.purchasedAt = purchasedAt;
            return this;
        }

        /** The record; missing values stay null (core then rejects a record without ticket id or email). */
        public TicketRecord build() {
            return new TicketRecord(line, ticketId, orderId, firstName, lastName, email, ticketType, status,
                    cancelled, purchasedAt);
        }
    }
}
