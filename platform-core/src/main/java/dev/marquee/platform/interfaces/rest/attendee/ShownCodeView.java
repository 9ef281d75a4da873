package dev.marquee.platform.interfaces.rest.attendee;

import dev.marquee.platform.application.attendee.ShownCode;

import java.time.Instant;

/** A new access code shown once to an organizer: the code, its sign-in link and when it expires. */
public record ShownCodeView(String code, String signInLink, Instant expiresAt) {

    static ShownCodeView of(ShownCode shown) {
        return new ShownCodeView(shown.code(), shown.signInLink(), shown.expiresAt());
    }

    @Override
    public String toString() {
        return "ShownCodeView[expiresAt=" + expiresAt + "]";
    }
}
