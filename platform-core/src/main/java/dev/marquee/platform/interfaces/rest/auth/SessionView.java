package dev.marquee.platform.interfaces.rest.auth;

import dev.marquee.platform.application.Caller;

import java.util.List;

/** Who the session belongs to, as the pages need it. */
public record SessionView(boolean signedIn, String subject, String displayName, String email, List<String> roles,
                          Long eventId) {

    static SessionView of(Caller caller) {
        return new SessionView(caller.signedIn(), caller.subject(), caller.displayName(), caller.email(),
                caller.roles().stream().map(Enum::name).sorted().toList(), caller.eventId());
    }
}
