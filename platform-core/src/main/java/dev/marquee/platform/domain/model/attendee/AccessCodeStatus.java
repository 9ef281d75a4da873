package dev.marquee.platform.domain.model.attendee;

/** Whether an access code still opens the door. */
public enum AccessCodeStatus {
    /** The attendee's current code. */
    ACTIVE,
    /** Superseded by a newer code (regenerated or resent). */
    REPLACED
}
