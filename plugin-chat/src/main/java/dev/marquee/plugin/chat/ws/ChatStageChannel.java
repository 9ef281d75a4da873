package dev.marquee.plugin.chat.ws;

import dev.marquee.platform.spi.stage.StageChannel;
import dev.marquee.plugin.chat.room.ChatBus;
import dev.marquee.plugin.chat.room.ChatConnection;
import dev.marquee.plugin.chat.room.ChatRoom;
import dev.marquee.plugin.chat.room.ChatRooms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat plugin's stage socket, offered to other plugins (core's {@link StageChannel}): frames for
 * a whole stage go through the {@link ChatBus} like chat frames; frames for one connection or one
 * person go to this instance's connections, each through its bounded queue.
 */
@ApplicationScoped
public class ChatStageChannel implements StageChannel {

    /** Closing code for a connection another plugin removed from the stage. */
    static final CloseReason.CloseCode REMOVED = CloseReason.CloseCodes.getCloseCode(4409);

    @Inject
    ChatBus bus;

    @Inject
    ChatRooms rooms;

    private final Map<String, ChatConnection> connections = new ConcurrentHashMap<>();

    void register(ChatConnection connection) {
        connections.put(connection.id(), connection);
    }

    void unregister(ChatConnection connection) {
        connections.remove(connection.id(), connection);
    }

    @Override
    public void toStage(long stageId, String frame) {
        bus.publish(room(stageId), frame);
    }

    @Override
    public void toMember(String connectionId, String frame) {
        ChatConnection c = connections.get(connectionId);
        if (c != null) {
            c.send(frame);
        }
    }

    @Override
    public void toSubject(long stageId, String subject, String frame) {
        rooms.loaded(room(stageId)).map(ChatRoom::connections).ifPresent(all -> all.stream()
                .filter(c -> c.participant().subject().equals(subject)).forEach(c -> c.send(frame)));
    }

    @Override
    public void disconnect(String connectionId, String reason) {
        ChatConnection c = connections.get(connectionId);
        if (c != null) {
            c.close(REMOVED, reason.length() > 100 ? reason.substring(0, 100) : reason);
        }
    }

    private static String room(long stageId) {
        return "stage:" + stageId;
    }
}
