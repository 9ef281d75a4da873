package dev.marquee.platform.application.access;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.spi.auth.Role;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The access rules. Platform organizers see, watch and run everything. An event's team (accounts granted
 * ORGANIZER, HOST or MODERATOR for the event or one of its stages) sees and watches that event; its
 * organizers run it (stages, schedule, tickets, attendees, team) but not other events, not the creation or
 * deletion of events and not the platform's settings or plugins; hosts and moderators run the chat of the
 * stages they were granted (all of the event's when granted for the event). A PUBLIC event is open to
 * anyone (a guest gives a display name); a TICKETED or PRIVATE event admits only people signed in for it
 * (ticket holders, invited people, its team). PRIVATE events are hidden from everyone else.
 */
@ApplicationScoped
public class AccessPolicy {

    public boolean maySee(Caller caller, Event event) {
        return event.access() != EventAccess.PRIVATE || admitted(caller, event);
    }

    public boolean mayWatch(Caller caller, Event event) {
        return event.access() == EventAccess.PUBLIC || admitted(caller, event);
    }

    /** Throws the refusal a caller who may not watch gets: sign in first, or not allowed. */
    public void requireWatch(Caller caller, Event event) {
        if (mayWatch(caller, event)) {
            return;
        }
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        throw Problem.forbidden("Your sign-in does not admit you to " + event.title());
    }

    /** Platform-wide organizers only: creating events, the platform's settings and plugins. */
    public void requireOrganizer(Caller caller) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        if (!caller.organizer()) {
            throw Problem.forbidden("Only organizers may do this");
        }
    }

    /** Whether the caller runs {@code eventId}: a platform organizer or an organizer of that event. */
    public boolean mayOrganize(Caller caller, long eventId) {
        return caller.signedIn() && (caller.organizer() || caller.holds(Role.ORGANIZER, eventId, null));
    }

    /**
     * Whether the caller uses the organizer console: a platform organizer, or on the team of at least one
     * event (and so needs the plugins' setting descriptors to draw stage and chat forms).
     */
    public boolean mayUseConsole(Caller caller) {
        return caller.signedIn() && (caller.organizer() || !caller.grants().isEmpty());
    }

    /** Refuses (401, 403) unless the caller runs {@code eventId}. */
    public void requireOrganizerOf(Caller caller, long eventId) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        if (!mayOrganize(caller, eventId)) {
            throw Problem.forbidden("Only the organizers of this event may do this");
        }
    }

    /**
     * Whether the caller leads the stage {@code stageId} of {@code eventId}: moderates its chat and runs
     * what hosts run on it. Organizers of the event do; hosts and moderators granted the stage or the
     * whole event do; so do hosts and moderators whose session role reaches the event (held platform-wide,
     * or a sign-in limited to the event).
     */
    public boolean mayModerate(Caller caller, long eventId, long stageId) {
        if (!caller.signedIn()) {
            return false;
        }
        return mayOrganize(caller, eventId)
                || caller.holds(Role.HOST, eventId, stageId) || caller.holds(Role.MODERATOR, eventId, stageId)
                || ((caller.roles().contains(Role.HOST) || caller.roles().contains(Role.MODERATOR))
                && caller.belongsTo(eventId));
    }

    private static boolean admitted(Caller caller, Event event) {
        if (caller.organizer() || caller.onTeamOf(event.id())) {
            return true;
        }
        return caller.belongsTo(event.id()) && caller.eventId() != null
                && (caller.roles().contains(Role.VIEWER) || caller.roles().contains(Role.HOST)
                || caller.roles().contains(Role.SPEAKER));
    }
}
