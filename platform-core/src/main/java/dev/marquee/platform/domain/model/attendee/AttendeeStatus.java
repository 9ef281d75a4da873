package dev.marquee.platform.domain.model.attendee;

/** Whether an attendee may get in. */
public enum AttendeeStatus {
    /** Holds at least one valid ticket or invitation. */
    ACTIVE,
    /** Every ticket was cancelled or refunded, or the organizer revoked access. */
    REVOKED
}
