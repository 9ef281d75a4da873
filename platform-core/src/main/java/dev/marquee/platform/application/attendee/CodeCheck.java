package dev.marquee.platform.application.attendee;

import dev.marquee.platform.domain.model.attendee.Attendee;

/** What an access code turned out to be; each refusal has its own message for the person who typed it. */
public sealed interface CodeCheck {

    /** The code is the attendee's current one and the attendee may get in. */
    record Valid(Attendee attendee) implements CodeCheck {
    }

    /** The code is not (or no longer) known, or is malformed. */
    record Unknown() implements CodeCheck {
    }

    /** A newer code was issued (resent or regenerated). */
    record Replaced() implements CodeCheck {
    }

    /** The code's time is up. */
    record Expired() implements CodeCheck {
    }

    /** The attendee's ticket was cancelled or refunded, or access was withdrawn. */
    record Revoked() implements CodeCheck {
    }
}
