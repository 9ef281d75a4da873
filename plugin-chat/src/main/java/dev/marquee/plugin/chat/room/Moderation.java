package dev.marquee.plugin.chat.room;

import dev.marquee.plugin.chat.domain.Author;
import dev.marquee.plugin.chat.domain.ChatBan;
import dev.marquee.plugin.chat.domain.ChatMessage;
import dev.marquee.plugin.chat.domain.ChatStore;
import dev.marquee.plugin.chat.domain.ModerationEntry;
import jakarta.enterprise.context.ApplicationScoped;
import dev.marquee.platform.spi.audience.OpaquePersonIds;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What hosts and organizers may do in a room: delete a message, time out or ban its author (bans hold
 * across reconnects and names), pin a message, clear the chat. Every action is logged and everyone's
 * view updates through the {@link ChatBus}, on every instance.
 */
@ApplicationScoped
public class Moderation {

    /** Longest time-out: a day. */
    public static final long MAX_TIMEOUT_SECONDS = 86_400;

    private final Clock clock = Clock.systemUTC();

    @Inject
    OpaquePersonIds ids;

    @Inject
    ChatRooms rooms;

    @Inject
    ChatStore store;

    @Inject
    ChatBus bus;

    public void delete(String room, Participant moderator, long id) {
        Optional<ChatMessage> gone = store.delete(room, id);
        if (gone.isEmpty()) {
            return;
        }
        log(room, "delete", moderator, gone.get().author().name(), id, null);
        bus.send(RoomSignal.deleted(room, id, Frames.deleted(id)));
    }

    /** Keeps the author of message {@code id} out: for {@code seconds}, or for good when null. */
    public void exclude(String room, Participant moderator, long id, Long seconds) {
        Optional<ChatMessage> message = store.find(room, id);
        if (message.isEmpty()) {
            return;
        }
        Author author = message.get().author();
        if (author.subject().equals(moderator.subject())) {
            return;
        }
        Instant now = clock.instant();
        Instant until = seconds == null ? null : now.plusSeconds(Math.min(Math.max(seconds, 1), MAX_TIMEOUT_SECONDS));
        ChatRoom live = rooms.room(room);
        String heldAddress = author.subject().startsWith("guest:") ? live.guestAddress(author.subject()) : null;
        ChatBan ban = new ChatBan(room, author.subject(), heldAddress, until, now);
        store.ban(ban);
        String action = seconds == null ? "ban" : "timeout";
        log(room, action, moderator, author.name(), id, seconds == null ? null : seconds + " s");
        bus.send(RoomSignal.banned(ban, Frames.moderation(action, ids.of(author.subject()), author.name(), seconds)));
    }

    public void pin(String room, Participant moderator, long id) {
        store.pin(room, id).ifPresent(m -> {
            log(room, "pin", moderator, m.author().name(), id, null);
            bus.send(RoomSignal.pinned(room, id, Frames.pinned(m, ids)));
        });
    }

    public void unpin(String room, Participant moderator) {
        store.unpin(room);
        log(room, "unpin", moderator, null, null, null);
        bus.send(RoomSignal.unpinned(room, Frames.unpinned()));
    }

    public void clear(String room, Participant moderator) {
        int removed = store.clear(room);
        log(room, "clear", moderator, null, null, removed + " messages");
        bus.send(RoomSignal.cleared(room, Frames.cleared()));
    }

    private void log(String room, String action, Participant moderator, String target, Long messageId, String detail) {
        store.log(new ModerationEntry(room, action, moderator.name(), target, messageId, detail, clock.instant()));
    }
}
