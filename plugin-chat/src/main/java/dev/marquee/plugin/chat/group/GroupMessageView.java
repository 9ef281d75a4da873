package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.audience.OpaquePersonIds;
import dev.marquee.plugin.chat.domain.ChatMessage;

import java.time.Instant;

/** A message of a group chat: the same fields as a stage's {@code chat.message}, plus its group. */
public record GroupMessageView(String id, String groupId, Author author, String text, Instant sentAt) {

    /** Who wrote it: their opaque id, the name and the role shown beside it. */
    public record Author(String id, String name, String role) {
    }

    public static GroupMessageView of(long groupId, ChatMessage m, OpaquePersonIds ids) {
        return new GroupMessageView(String.valueOf(m.id()), String.valueOf(groupId),
                new Author(ids.of(m.author().subject()), m.author().name(), m.author().role()), m.body(), m.sentAt());
    }
}
