package dev.marquee.platform.interfaces.rest.auth;

import dev.marquee.platform.application.Caller;

import java.util.List;

/**
 * Who the session belongs to, as the pages need it, or why it ended. {@code roles} are platform-wide (or,
 * for attendees, for their event); {@code grants} an account's roles for single events and stages.
 */
public record SessionView(boolean signedIn, String subject, String displayName, String email, List<String> roles,
                          Long eventId, String endedReason, List<GrantView> grants) {

    /** A role for one event ({@code stageId} null) or one stage. */
    public record GrantView(String role, long eventId, Long stageId) {
    }

    public static SessionView of(Caller caller) {
        return of(caller, null);
    }

    /** With {@code endedReason} set when the browser's session was ended early (e.g. {@code device_limit}). */
    public static SessionView of(Caller caller, String endedReason) {
        return new SessionView(caller.signedIn(), caller.subject(), caller.displayName(), caller.email(),
                caller.roles().stream().map(Enum::name).sorted().toList(), caller.eventId(), endedReason,
                caller.grants().stream().map(g -> new GrantView(g.role().name(), g.eventId(), g.stageId())).toList());
    }
}
