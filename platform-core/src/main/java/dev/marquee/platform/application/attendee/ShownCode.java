package dev.marquee.platform.application.attendee;

import java.time.Instant;

/** A new access code for an organizer to hand over: the code, the link that signs in with it, and when it expires. */
public record ShownCode(String code, String signInLink, Instant expiresAt) {

    @Override
    public String toString() {
        return "ShownCode[expiresAt=" + expiresAt + "]";
    }
}
