package dev.marquee.plugin.chat.room;

import dev.marquee.plugin.chat.domain.ChatBan;
import dev.marquee.plugin.chat.domain.ChatMessage;
import dev.marquee.plugin.chat.domain.ChatStore;
import dev.marquee.plugin.chat.metrics.ChatMetrics;
import dev.marquee.plugin.chat.text.ChatText;
import jakarta.enterprise.context.ApplicationScoped;
import dev.marquee.platform.spi.audience.OpaquePersonIds;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

import java.time.Clock;
import java.time.Instant;

/**
 * Joining, leaving and posting: every check a message passes (room open, not banned or timed out,
 * per-person rate and slow mode, both counted cluster-wide ({@link PostingGate}), length) before it is
 * stored and published through the {@link ChatBus}.
 */
@ApplicationScoped
public class ChatService {

    private final Clock clock = Clock.systemUTC();

    @Inject
    OpaquePersonIds ids;

    @Inject
    ChatRooms rooms;

    @Inject
    ChatStore store;

    @Inject
    ChatBus bus;

    @Inject
    ChatLimits limits;

    @Inject
    ChatMetrics metrics;

    @Inject
    PostingGate gate;

    /** Adds the connection to its room and sends it the welcome, the latest messages, the pin and the count. */
    public boolean join(String roomKey, ChatConnection connection) {
        ChatRoom room = rooms.room(roomKey);
        Participant who = connection.participant();
        ChatBan ban = room.banOf(who, clock.instant());
        if (ban != null && ban.until() == null) {
            connection.send(Frames.error("banned", "You are banned from this chat"));
            connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Banned from this chat");
            return false;
        }
        if (room.connections().size() >= limits.maxConnectionsPerRoom()) {
            connection.send(Frames.error("room_full", "This stage's chat is full; try again later"));
            connection.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Chat full");
            return false;
        }
        room.connections().add(connection);
        connection.onClose(() -> room.connections().remove(connection));
        room.seen(who);
        connection.send(Frames.welcome(who, ids, room.settings().enabled(), room.settings().slowModeSeconds(), limits.maxLength()));
        room.recentFrames().forEach(connection::send);
        if (room.pinnedFrame() != null) {
            connection.send(room.pinnedFrame());
        }
        connection.send(Frames.presence(room.viewers()));
        return true;
    }

    public void leave(String roomKey, ChatConnection connection) {
        rooms.loaded(roomKey).ifPresent(room -> room.connections().remove(connection));
    }

    /** A person's message: refused with an error frame to them alone, or stored and sent to the room. */
    public void post(String roomKey, ChatConnection connection, String rawText) {
        ChatRoom room = rooms.room(roomKey);
        Participant who = connection.participant();
        Instant now = clock.instant();
        String refusal = refusal(room, who, now);
        if (refusal != null) {
            connection.send(refusal);
            return;
        }
        String text = ChatText.clean(rawText, limits.maxLength());
        if (text.isEmpty()) {
            connection.send(Frames.error("empty", "Type something first"));
            return;
        }
        ChatMessage saved = store.save(new ChatMessage(roomKey, who.author(), text, now));
        // Counted before it is sent: whoever sees the message (a scrape right after, say) sees it counted.
        metrics.accepted();
        bus.send(RoomSignal.message(roomKey, saved.id(), Frames.message(saved, ids)));
    }

    private String refusal(ChatRoom room, Participant who, Instant now) {
        if (!room.settings().enabled()) {
            return Frames.error("chat_closed", "The chat of this stage is closed");
        }
        ChatBan ban = room.banOf(who, now);
        if (ban != null) {
            return ban.until() == null ? Frames.error("banned", "You are banned from this chat")
                    : Frames.error("timed_out", "A moderator timed you out until " + ban.until());
        }
        if (who.moderator()) {
            return null;
        }
        int slow = room.settings().slowModeSeconds();
        PostingGate.Verdict turn = gate.take(room.key(), who.subject(), limits.burst(), limits.perSecond(), slow,
                now.toEpochMilli()).orElseGet(() -> localTurn(room, who, slow, now));
        if (turn.allowed()) {
            return null;
        }
        if (turn.slowMode()) {
            metrics.refused(ChatMetrics.Refusal.SLOW_MODE);
            long wait = (turn.waitMillis() + 999) / 1000;
            return Frames.error("slow_mode", "Slow mode: one message every " + slow + " s; wait " + wait + " s");
        }
        metrics.refused(ChatMetrics.Refusal.RATE_LIMITED);
        return Frames.error("rate_limited", String.format("Slow down: you can send again in %.1f s",
                Math.max(0.1, turn.waitMillis() / 1000.0)));
    }

    /** The turn as this instance alone counts it, when the grid does not answer. */
    private PostingGate.Verdict localTurn(ChatRoom room, Participant who, int slow, Instant now) {
        long nanos = System.nanoTime();
        RateLimit rate = room.rateOf(who.subject(), limits.burst(), limits.perSecond(), nanos);
        if (!rate.tryTake(nanos)) {
            return new PostingGate.Verdict(false, false, (long) Math.ceil(rate.secondsToNext() * 1000));
        }
        if (slow > 0) {
            long nowMillis = now.toEpochMilli();
            Long last = room.lastPost().get(who.subject());
            if (last != null && nowMillis - last < slow * 1000L) {
                return new PostingGate.Verdict(false, true, slow * 1000L - (nowMillis - last));
            }
            room.lastPost().put(who.subject(), nowMillis);
        }
        return PostingGate.Verdict.ALLOWED;
    }
}
