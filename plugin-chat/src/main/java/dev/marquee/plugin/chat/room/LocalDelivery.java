package dev.marquee.plugin.chat.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

import java.time.Clock;
import java.time.Instant;

/**
 * This instance's end of the {@link ChatBus}: applies a signal to the room as this instance holds it
 * (if it is loaded here; a room loaded later reads the database, which already has the change), then
 * hands the frame, encoded once ({@link OutboundFrame}), to the room's or the inbox's connections here.
 */
@ApplicationScoped
public class LocalDelivery {

    /** Closing code for a connection another plugin removed from the stage (it may reconnect). */
    public static final CloseReason.CloseCode REMOVED_BY_HANDLER = CloseReason.CloseCodes.getCloseCode(4409);

    private final Clock clock = Clock.systemUTC();

    @Inject
    ChatRooms rooms;

    @Inject
    Inboxes inboxes;

    @Inject
    LocalConnections connections;

    /**
     * Creates the rooms and inboxes now, on an application thread: signals arrive on the grid's own
     * threads, where the container's resources (the presence scheduler) cannot be looked up.
     */
    public void warmUp() {
        rooms.connectionCount();
        inboxes.size();
        connections.find("");
    }

    /** Applies and delivers one signal on this instance. */
    public void apply(RoomSignal signal) {
        switch (signal.change()) {
            case REVOKED -> {
                revoke(signal.subject());
                return;
            }
            case REMOVED -> {
                rooms.remove(signal.room());
                return;
            }
            case TO_CONNECTION -> {
                connections.find(signal.subject()).ifPresent(c -> c.send(signal.frame()));
                return;
            }
            case TO_SUBJECT -> {
                rooms.loaded(signal.room()).ifPresent(r -> r.connections().stream()
                        .filter(c -> c.participant().subject().equals(signal.subject())).forEach(c -> c.send(signal.frame())));
                return;
            }
            case DISCONNECT -> {
                connections.find(signal.subject()).ifPresent(c -> c.close(REMOVED_BY_HANDLER, clip(signal.frame())));
                return;
            }
            case MESSAGE -> rooms.loaded(signal.room()).ifPresent(r -> r.remember(signal.messageId(), signal.frame()));
            case DELETED -> rooms.loaded(signal.room()).ifPresent(r -> r.forget(signal.messageId()));
            case PINNED -> rooms.loaded(signal.room()).ifPresent(r -> r.pin(signal.messageId(), signal.frame()));
            case UNPINNED -> rooms.loaded(signal.room()).ifPresent(ChatRoom::unpin);
            case CLEARED -> rooms.loaded(signal.room()).ifPresent(ChatRoom::forgetAll);
            case SETTINGS -> rooms.loaded(signal.room()).ifPresent(r -> r.settings(signal.roomSettings()));
            case BANNED -> rooms.loaded(signal.room()).ifPresent(r -> ban(r, signal, clock.instant()));
            default -> {
                // a frame only
            }
        }
        if (signal.frame() != null) {
            deliver(signal.room(), signal.change() == RoomSignal.Change.SUMS
                    ? OutboundFrame.summing(signal.frame()) : OutboundFrame.of(signal.frame()));
        }
        if (signal.change() == RoomSignal.Change.BANNED && signal.until() == null) {
            rooms.loaded(signal.room()).ifPresent(r -> closeBanned(r, signal));
        }
    }

    private static String clip(String reason) {
        return reason == null ? "" : reason.length() > 100 ? reason.substring(0, 100) : reason;
    }

    private void deliver(String room, OutboundFrame frame) {
        if (Inboxes.isInbox(room)) {
            inboxes.deliver(room, frame);
        } else {
            rooms.deliver(room, frame);
        }
    }

    private static void ban(ChatRoom room, RoomSignal signal, Instant now) {
        String held = signal.subject().startsWith("guest:") ? room.guestAddress(signal.subject()) : null;
        room.banned(signal.ban(held, now));
    }

    private static void closeBanned(ChatRoom room, RoomSignal signal) {
        String held = signal.address() != null ? signal.address()
                : signal.subject().startsWith("guest:") ? room.guestAddress(signal.subject()) : null;
        for (ChatConnection c : room.connectionsOf(signal.subject(), held)) {
            c.send(Frames.error("banned", "A moderator banned you from this chat"));
            c.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Banned from this chat");
        }
    }

    private void revoke(String subject) {
        rooms.everyConnection().stream().filter(c -> c.participant().subject().equals(subject)).forEach(c -> {
            c.send(Frames.error("access_revoked", "Your access ended"));
            c.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Access ended");
        });
    }
}
