package dev.marquee.plugin.chat.group;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.event.EventService;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.plugin.chat.domain.ChatGroup;
import dev.marquee.plugin.chat.domain.GroupStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may use group chats: signed-in people of the event (its attendees, with a session for it) and
 * organizers; never guests. A group is visible to its members only: to anyone else it does not exist.
 */
@ApplicationScoped
public class GroupAccess {

    @Inject
    EventService events;

    @Inject
    AccessPolicy policy;

    @Inject
    GroupStore store;

    /** Refuses with 401 (not signed in), 404 (no such event, or hidden) or 403 (signed in for another event). */
    public void requirePersonOf(Caller caller, long eventId) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        Event event = events.get(caller, eventId);
        if (!mayUse(caller, event)) {
            throw Problem.forbidden("Group chats of " + event.title() + " are for its people");
        }
    }

    /** The group, if the caller is one of its members and still belongs to its event; else 401 or 404. */
    public ChatGroup requireMember(Caller caller, long groupId) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        ChatGroup group = store.group(groupId).filter(g -> store.isMember(groupId, caller.subject()))
                .orElseThrow(() -> Problem.notFound("Group chat " + groupId));
        requirePersonOf(caller, group.eventId());
        return group;
    }

    private boolean mayUse(Caller caller, Event event) {
        if (caller.organizer()) {
            return true;
        }
        return caller.eventId() != null && caller.eventId().longValue() == event.id() && policy.mayWatch(caller, event);
    }
}
