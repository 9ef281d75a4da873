package dev.marquee.platform.application;

import dev.marquee.platform.spi.auth.Role;
import dev.marquee.platform.spi.media.Viewer;

import java.util.Set;

/**
 * Who is making a request: a signed-in person (with the roles of their session) or an anonymous
 * visitor. {@code eventId} is set for identities limited to one event (attendees).
 */
public record Caller(String subject, String displayName, String email, Set<Role> roles, Long eventId,
                     Long sessionId) {

    public static final Caller ANONYMOUS = new Caller(null, "Guest", null, Set.of(), null, null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** A visitor of a PUBLIC event: the id the server gave them (never their name) and the name they typed. */
    public static Caller guest(String guestId, String name) {
        return new Caller("guest:" + guestId, name, null, Set.of(Role.VIEWER), null, null);
    }

    public boolean signedIn() {
        return sessionId != null;
    }

    public boolean organizer() {
        return roles.contains(Role.ORGANIZER);
    }

    /** Whether this caller's identity belongs to {@code eventId} (or is platform-wide). */
    public boolean belongsTo(long eventId) {
        return signedIn() && (this.eventId == null || this.eventId == eventId);
    }

    public Viewer asViewer() {
        return new Viewer(subject == null ? "anonymous" : subject, displayName, roles, sessionId);
    }
}
