package dev.marquee.plugin.chat.room;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** This instance's stage connections by id, for frames addressed to one connection from anywhere. */
@ApplicationScoped
public class LocalConnections {

    private final Map<String, ChatConnection> byId = new ConcurrentHashMap<>();

    public void add(ChatConnection connection) {
        byId.put(connection.id(), connection);
    }

    public void remove(ChatConnection connection) {
        byId.remove(connection.id(), connection);
    }

    public Optional<ChatConnection> find(String connectionId) {
        return Optional.ofNullable(byId.get(connectionId));
    }
}
