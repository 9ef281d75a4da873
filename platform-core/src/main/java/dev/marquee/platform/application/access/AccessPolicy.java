package dev.marquee.platform.application.access;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.Problem;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.spi.auth.Role;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The access rules. Organizers see and watch everything. A PUBLIC event is open to anyone (a guest
 * gives a display name); a TICKETED or PRIVATE event admits only people signed in for it (ticket
 * holders, invited people, hosts and speakers). PRIVATE events are hidden from everyone else.
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

    public void requireOrganizer(Caller caller) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        if (!caller.organizer()) {
            throw Problem.forbidden("Only organizers may do this");
        }
    }

    private static boolean admitted(Caller caller, Event event) {
        if (caller.organizer()) {
            return true;
        }
        return caller.belongsTo(event.id()) && caller.eventId() != null
                && (caller.roles().contains(Role.VIEWER) || caller.roles().contains(Role.HOST)
                || caller.roles().contains(Role.SPEAKER));
    }
}
