package dev.marquee.platform.application.signin;

import dev.marquee.platform.application.Caller;

import java.time.Duration;

/**
 * A new session: the cookie secret and the CSRF token to hand to the browser (neither is stored in
 * clear), how long they last, and who signed in.
 */
public record IssuedSession(String token, String csrfToken, Duration maxAge, Caller caller) {

    @Override
    public String toString() {
        return "IssuedSession[" + caller.subject() + "]";
    }
}
