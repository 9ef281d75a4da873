package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.audience.OpaquePersonIds;
import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.security.RateLimiter;
import dev.marquee.platform.spi.security.RateLimiters;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.chat.domain.Author;
import dev.marquee.plugin.chat.domain.ChatGroup;
import dev.marquee.plugin.chat.domain.ChatMessage;
import dev.marquee.plugin.chat.domain.ChatStore;
import dev.marquee.plugin.chat.domain.GroupMember;
import dev.marquee.plugin.chat.domain.GroupStore;
import dev.marquee.plugin.chat.room.ChatBus;
import dev.marquee.plugin.chat.room.ChatLimits;
import dev.marquee.plugin.chat.room.Inboxes;
import dev.marquee.plugin.chat.room.Roles;
import dev.marquee.plugin.chat.text.ChatText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group chats: start one with people of the event, list yours, read, write, leave. Membership is checked
 * on every call ({@link GroupAccess}); text follows the stage chat's rules ({@link ChatText}) and the same
 * per-person rate; every change reaches the members' open stage sockets through their {@link Inboxes}.
 */
@ApplicationScoped
public class GroupService {

    private final Clock clock = Clock.systemUTC();

    @Inject
    OpaquePersonIds ids;

    @Inject
    GroupAccess access;

    @Inject
    GroupStore groups;

    @Inject
    ChatStore messages;

    @Inject
    EventPeople people;

    @Inject
    ChatBus bus;

    @Inject
    ChatLimits limits;

    @Inject
    @ConfigProperty(name = "marquee.chat.group.max-members", defaultValue = "20")
    int maxMembers;

    @Inject
    RateLimiters limiters;

    /** One bucket per person for everything they write in group chats, on every instance together. */
    private RateLimiter rates;

    @PostConstruct
    void init() {
        int burst = Math.max(1, limits.burst());
        rates = limiters.clusterWide("chat.groups", burst,
                Duration.ofMillis(Math.max(1, (long) Math.ceil(burst * 1000 / limits.perSecond()))));
    }

    public List<PersonView> people(CallerView caller, long eventId, String query, int limit) {
        access.requirePersonOf(caller, eventId);
        return people.search(eventId, query, caller.subject(), Math.max(1, Math.min(limit, 50)));
    }

    /** The caller's groups in the event, newest first. */
    public List<GroupView> mine(CallerView caller, long eventId) {
        access.requirePersonOf(caller, eventId);
        List<ChatGroup> found = groups.groupsOf(eventId, caller.subject());
        Map<Long, List<GroupMember>> members = groups.membersOf(found.stream().map(ChatGroup::id).toList());
        return found.stream().map(g -> GroupView.of(g, members.getOrDefault(g.id(), List.of()))).toList();
    }

    public GroupView create(CallerView caller, long eventId, String name, List<String> picked) {
        access.requirePersonOf(caller, eventId);
        List<String> others = GroupRules.picked(picked, caller.subject(), maxMembers);
        Map<String, String> found = people.resolve(eventId, others).orElseThrow(
                () -> Problem.invalid("Only people of this event can be added to its group chats"));
        throttle(caller);
        Map<String, String> members = new LinkedHashMap<>();
        members.put(caller.subject(), caller.displayName());
        members.putAll(found);
        Instant now = clock.instant();
        ChatGroup group = groups.create(new ChatGroup(eventId, GroupRules.name(name), caller.subject(), now), members, now);
        GroupView view = GroupView.of(group, groups.members(group.id()));
        tell(eventId, members.keySet(), GroupFrames.updated(view));
        return view;
    }

    public GroupView get(CallerView caller, long groupId) {
        ChatGroup group = access.requireMember(caller, groupId);
        return GroupView.of(group, groups.members(groupId));
    }

    /** Up to {@code limit} messages before the message {@code before} (the latest when null), oldest first. */
    public List<GroupMessageView> history(CallerView caller, long groupId, Long before, int limit) {
        access.requireMember(caller, groupId);
        return groups.history(groupId, before, Math.max(1, Math.min(limit, 200))).stream()
                .map(m -> GroupMessageView.of(groupId, m, ids)).toList();
    }

    public GroupMessageView post(CallerView caller, long groupId, String rawText) {
        ChatGroup group = access.requireMember(caller, groupId);
        String text = ChatText.clean(rawText, limits.maxLength());
        if (text.isEmpty()) {
            throw new Problem(Problem.Kind.INVALID, "empty", "Type something first", List.of(), null);
        }
        throttle(caller);
        ChatMessage saved = messages.save(new ChatMessage(group.room(),
                new Author(caller.subject(), caller.displayName(), Roles.of(caller)),
                text, clock.instant()));
        GroupMessageView view = GroupMessageView.of(groupId, saved, ids);
        tell(group.eventId(), subjects(groups.members(groupId)), GroupFrames.message(view));
        return view;
    }

    public void leave(CallerView caller, long groupId) {
        ChatGroup group = access.requireMember(caller, groupId);
        remove(group, caller.subject());
    }

    /** A person lost access: they leave every group they were in (of that event, when it is given). */
    public void revoked(String subject, Long eventId) {
        groups.groupsOf(subject).stream().filter(g -> eventId == null || g.eventId() == eventId)
                .forEach(g -> remove(g, subject));
    }

    private void remove(ChatGroup group, String subject) {
        GroupStore.Removal removal = groups.removeMember(group.id(), subject);
        if (!removal.removed()) {
            return;
        }
        bus.publish(Inboxes.key(group.eventId(), subject), GroupFrames.removed(String.valueOf(group.id())));
        if (!removal.left().isEmpty()) {
            tell(group.eventId(), subjects(removal.left()), GroupFrames.updated(GroupView.of(group, removal.left())));
        }
    }

    private void throttle(CallerView caller) {
        if (caller.organizer()) {
            return;
        }
        Duration wait = rates.acquire(caller.subject());
        if (!wait.isZero()) {
            throw new Problem(Problem.Kind.TOO_MANY, "rate_limited",
                    String.format("Slow down: you can send again in %.1f s", Math.max(0.1, wait.toMillis() / 1000.0)),
                    List.of(), wait);
        }
    }

    private void tell(long eventId, Iterable<String> subjects, String frame) {
        subjects.forEach(s -> bus.publish(Inboxes.key(eventId, s), frame));
    }

    private static List<String> subjects(List<GroupMember> members) {
        return members.stream().map(GroupMember::subject).toList();
    }
}
