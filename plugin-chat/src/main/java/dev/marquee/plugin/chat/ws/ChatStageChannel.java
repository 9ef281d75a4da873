package dev.marquee.plugin.chat.ws;

import dev.marquee.platform.spi.stage.StageChannel;
import dev.marquee.plugin.chat.room.ChatBus;
import dev.marquee.plugin.chat.room.ChatConnection;
import dev.marquee.plugin.chat.room.LocalConnections;
import dev.marquee.plugin.chat.room.LocalDelivery;
import dev.marquee.plugin.chat.room.RoomSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The chat plugin's stage socket, offered to other plugins (core's {@link StageChannel}), across the
 * cluster: frames for a whole stage or one person go through the {@link ChatBus} like chat frames, so
 * every instance hands them to its own connections; a frame for one connection goes straight to it
 * when it is connected here, else through the bus to the instance that has it. A handler's relay to a
 * stage's owner travels with the forwarded frames ({@link StageSharing}).
 */
@ApplicationScoped
public class ChatStageChannel implements StageChannel {

    @Inject
    ChatBus bus;

    @Inject
    LocalConnections connections;

    @Inject
    StageSharing sharing;

    void register(ChatConnection connection) {
        connections.add(connection);
    }

    void unregister(ChatConnection connection) {
        connections.remove(connection);
    }

    @Override
    public void toStage(long stageId, String frame) {
        bus.publish(room(stageId), frame);
    }

    @Override
    public void toStageSummed(long stageId, String frame) {
        bus.send(RoomSignal.sums(room(stageId), frame));
    }

    @Override
    public void toMember(String connectionId, String frame) {
        Optional<ChatConnection> here = connections.find(connectionId);
        if (here.isPresent()) {
            here.get().send(frame);
        } else {
            bus.send(RoomSignal.toConnection(connectionId, frame));
        }
    }

    @Override
    public void toSubject(long stageId, String subject, String frame) {
        bus.send(RoomSignal.toSubject(room(stageId), subject, frame));
    }

    @Override
    public void toOwner(long stageId, String type, String frame) {
        sharing.toOwner(stageId, type, frame);
    }

    @Override
    public void disconnect(String connectionId, String reason) {
        Optional<ChatConnection> here = connections.find(connectionId);
        if (here.isPresent()) {
            here.get().close(LocalDelivery.REMOVED_BY_HANDLER, reason.length() > 100 ? reason.substring(0, 100) : reason);
        } else {
            bus.send(RoomSignal.disconnect(connectionId, reason));
        }
    }

    private static String room(long stageId) {
        return "stage:" + stageId;
    }
}
