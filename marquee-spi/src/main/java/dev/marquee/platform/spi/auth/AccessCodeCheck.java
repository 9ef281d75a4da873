package dev.marquee.platform.spi.auth;

/**
 * What a typed access code turned out to be ({@link AccessCodes#check}); each refusal deserves its own
 * message to the person who typed it. Core makes these; a plugin only reads them.
 *
 * @since 0.1.0
 */
public sealed interface AccessCodeCheck {

    /**
     * The code is the attendee's current one and the attendee may get in: who they are, as an
     * {@link Identity} of theirs needs it ({@code subject} is {@code attendee:<id>}, {@code eventId} the
     * one event the code admits to).
     */
    record Valid(String subject, String displayName, String email, long eventId) implements AccessCodeCheck {
    }

    /** The code is not (or no longer) known, or is malformed. */
    record Unknown() implements AccessCodeCheck {
    }

    /** A newer code was issued to the same attendee (resent or regenerated). */
    record Replaced() implements AccessCodeCheck {
    }

    /** The code's time is up. */
    record Expired() implements AccessCodeCheck {
    }

    /** The attendee's ticket was cancelled or refunded, or access was withdrawn. */
    record Revoked() implements AccessCodeCheck {
    }
}
