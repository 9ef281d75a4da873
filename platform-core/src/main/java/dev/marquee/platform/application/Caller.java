package dev.marquee.platform.application;

import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.auth.Role;
import dev.marquee.platform.spi.media.Viewer;

import java.util.List;
import java.util.Set;

/**
 * Who is making a request: a signed-in person (with the roles of their session) or an anonymous
 * visitor. {@code eventId} is set for identities limited to one event (attendees). {@code grants} are an
 * account's roles for single events and stages, read when the request came in (so a removed grant stops
 * working at once); {@code roles} are the session's platform-wide (or, for attendees, event) roles.
 */
public record Caller(String subject, String displayName, String email, Set<Role> roles, Long eventId,
                     Long sessionId, List<Grant> grants) {

    public static final Caller ANONYMOUS = new Caller(null, "Guest", null, Set.of(), null, null);

    /** A role held for one event ({@code stageId} null) or for one stage of it. */
    public record Grant(Role role, long eventId, Long stageId) {

        /** Whether this grant reaches a stage of {@code eventId} ({@code stageId} null: the event as a whole). */
        public boolean reaches(long eventId, Long stageId) {
            return this.eventId == eventId && (this.stageId == null || this.stageId.equals(stageId));
        }
    }

    public Caller {
        roles = Set.copyOf(roles);
        grants = grants == null ? List.of() : List.copyOf(grants);
    }

    public Caller(String subject, String displayName, String email, Set<Role> roles, Long eventId, Long sessionId) {
        this(subject, displayName, email, roles, eventId, sessionId, List.of());
    }

    /** A visitor of a PUBLIC event: the id the server gave them (never their name) and the name they typed. */
    public static Caller guest(String guestId, String name) {
        return new Caller("guest:" + guestId, name, null, Set.of(Role.VIEWER), null, null);
    }

    public boolean signedIn() {
        return sessionId != null;
    }

    /** A platform-wide organizer: every event, and the platform's own settings and plugins. */
    public boolean organizer() {
        return roles.contains(Role.ORGANIZER);
    }

    /** Whether this caller's identity belongs to {@code eventId} (or is platform-wide). */
    public boolean belongsTo(long eventId) {
        return signedIn() && (this.eventId == null || this.eventId == eventId);
    }

    /** Whether a grant gives {@code role} for the stage {@code stageId} of {@code eventId} (null: for the whole event). */
    public boolean holds(Role role, long eventId, Long stageId) {
        return signedIn() && grants.stream().anyMatch(g -> g.role() == role && g.reaches(eventId, stageId));
    }

    /** Whether any grant of this caller names {@code eventId}: they are on its team. */
    public boolean onTeamOf(long eventId) {
        return signedIn() && grants.stream().anyMatch(g -> g.eventId() == eventId);
    }

    /** The caller as plugins see them: everything but the email. */
    public CallerView asView() {
        return CallerView.builder(subject).displayName(displayName).roles(roles).eventId(eventId)
                .sessionId(sessionId)
                .grants(grants.stream().map(g -> new CallerView.Grant(g.role(), g.eventId(), g.stageId())).toList())
                .build();
    }

    public Viewer asViewer() {
        return new Viewer(subject == null ? "anonymous" : subject, displayName, roles, sessionId);
    }
}
