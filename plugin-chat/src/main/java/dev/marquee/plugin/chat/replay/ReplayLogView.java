package dev.marquee.plugin.chat.replay;

import dev.marquee.platform.spi.audience.OpaquePersonIds;
import dev.marquee.plugin.chat.domain.ChatMessage;

import java.time.Instant;
import java.util.List;

/**
 * A replay's chat log as the replay page reads it: the window's start and the messages sent in the
 * window, in sent order, each with how many milliseconds after the start it was sent.
 */
public record ReplayLogView(Instant from, List<Message> messages) {

    /** A message: the fields of the live chat's {@code chat.message} frame and its offset in the replay. */
    public record Message(String id, long offsetMillis, Instant sentAt, Author author, String text) {
    }

    /** Who wrote it, as the live chat names them: their opaque id, the name and the role shown beside it. */
    public record Author(String id, String name, String role) {
    }

    /** The log of these messages (already those of the window, not deleted, in sent order). */
    public static ReplayLogView of(ReplayWindow window, List<ChatMessage> sent, OpaquePersonIds ids) {
        return new ReplayLogView(window.from(), sent.stream().map(m -> new Message(String.valueOf(m.id()),
                window.offsetMillis(m.sentAt()), m.sentAt(),
                new Author(ids.of(m.author().subject()), m.author().name(), m.author().role()), m.body())).toList());
    }
}
