package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.spi.ticketing.TicketRecord;

import java.util.regex.Pattern;

/**
 * Core's own check of the records any ticket source reports, before they reach the database: a record
 * that cannot make an attendee (no ticket id, no usable email) is rejected with a reason naming the
 * field, never its value; descriptive values longer than their columns are cut to fit.
 */
final class TicketRows {

    static final int MAX_ID = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_TEXT = 200;
    static final int MAX_STATUS = 64;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+$");

    private TicketRows() {
    }

    /** Why the record cannot be imported, or null when it can. */
    static String rejection(TicketRecord record) {
        if (record.ticketId() == null || record.ticketId().isBlank()) {
            return "no ticket id";
        }
        if (record.ticketId().length() > MAX_ID) {
            return "the ticket id is longer than " + MAX_ID + " characters";
        }
        if (record.email() == null || record.email().isBlank()) {
            return "no email";
        }
        String email = record.email().strip();
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            return "the email is not a valid address";
        }
        return null;
    }

    /** The record with its email trimmed and names, order, type and status cut to their columns. */
    static TicketRecord fitted(TicketRecord record) {
        return record.toBuilder()
                .email(record.email().strip())
                .firstName(cut(record.firstName(), MAX_TEXT))
                .lastName(cut(record.lastName(), MAX_TEXT))
                .orderId(cut(record.orderId(), MAX_TEXT))
                .ticketType(cut(record.ticketType(), MAX_TEXT))
                .status(cut(record.status(), MAX_STATUS))
                .build();
    }

    /** At most {@code max} characters, never ending in half of a surrogate pair. */
    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
