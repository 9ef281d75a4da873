package dev.marquee.plugin.chat.group;

import dev.marquee.plugin.chat.domain.ChatGroup;
import dev.marquee.plugin.chat.domain.GroupMember;

import java.time.Instant;
import java.util.List;

/** A group chat as its members see it; {@code name} is plain text, or null when the group has none. */
public record GroupView(String id, long eventId, String name, List<PersonView> members, Instant createdAt) {

    public static GroupView of(ChatGroup group, List<GroupMember> members) {
        return new GroupView(String.valueOf(group.id()), group.eventId(), group.name(),
                members.stream().map(m -> new PersonView(m.subject(), m.displayName())).toList(), group.createdAt());
    }
}
