package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.audience.EventVisitor;
import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.auth.RequestCaller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.chat.domain.ChatGroup;
import dev.marquee.plugin.chat.domain.GroupStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may use group chats: signed-in people of the event (its attendees, with a session for it) and
 * organizers; never guests. A group is visible to its members only: to anyone else it does not exist.
 * The caller is the one of the current request ({@link RequestCaller}), which also says whether they may
 * know of and watch the event.
 */
@ApplicationScoped
public class GroupAccess {

    @Inject
    RequestCaller request;

    @Inject
    GroupStore store;

    /** Refuses with 401 (not signed in), 404 (no such event, or hidden) or 403 (signed in for another event). */
    public void requirePersonOf(CallerView caller, long eventId) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        EventVisitor event = request.event(eventId);
        if (!mayUse(caller, event)) {
            throw Problem.forbidden("Group chats of " + event.title() + " are for its people");
        }
    }

    /** The group, if the caller is one of its members and still belongs to its event; else 401 or 404. */
    public ChatGroup requireMember(CallerView caller, long groupId) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        ChatGroup group = store.group(groupId).filter(g -> store.isMember(groupId, caller.subject()))
                .orElseThrow(() -> Problem.notFound("Group chat " + groupId));
        requirePersonOf(caller, group.eventId());
        return group;
    }

    private static boolean mayUse(CallerView caller, EventVisitor event) {
        if (caller.organizer()) {
            return true;
        }
        return caller.eventId().filter(id -> id == event.eventId()).isPresent() && event.mayWatch();
    }
}
