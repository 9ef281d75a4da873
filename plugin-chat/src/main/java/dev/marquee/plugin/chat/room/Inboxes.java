package dev.marquee.plugin.chat.room;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each signed-in person's stage connections on this instance, by event: a group frame for a member goes
 * to every stage socket they have open in the group's event (several tabs, several stages). An inbox is
 * addressed like a room, {@code inbox:<eventId>:<subject>}, so group frames travel through the same
 * {@link ChatBus} as stage frames.
 */
@ApplicationScoped
public class Inboxes {

    public static final String PREFIX = "inbox:";

    private final Map<String, Set<ChatConnection>> inboxes = new ConcurrentHashMap<>();

    public static String key(long eventId, String subject) {
        return PREFIX + eventId + ":" + subject;
    }

    public static boolean isInbox(String room) {
        return room.startsWith(PREFIX);
    }

    /** Adds the connection to its person's inbox until it closes. */
    public void register(long eventId, ChatConnection connection) {
        String key = key(eventId, connection.participant().subject());
        inboxes.compute(key, (k, set) -> {
            Set<ChatConnection> s = set != null ? set : ConcurrentHashMap.newKeySet();
            s.add(connection);
            return s;
        });
        connection.onClose(() -> unregister(eventId, connection));
    }

    public void unregister(long eventId, ChatConnection connection) {
        inboxes.computeIfPresent(key(eventId, connection.participant().subject()), (k, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** Hands a frame to every connection of the inbox on this instance. */
    public void deliver(String key, OutboundFrame frame) {
        Set<ChatConnection> connections = inboxes.get(key);
        if (connections != null) {
            Fanout.send(connections, frame);
        }
    }

    int size() {
        return inboxes.size();
    }
}
