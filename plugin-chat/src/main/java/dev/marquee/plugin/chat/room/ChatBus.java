package dev.marquee.plugin.chat.room;

/**
 * The one seam every frame and room change goes through. {@link GridChatBus} publishes each signal to
 * every instance of the cluster (this one included), where {@link LocalDelivery} applies it to that
 * instance's copy of the room and hands the frame to its connections: so each client gets each frame
 * exactly once, whichever instance it is connected to.
 */
public interface ChatBus {

    /** Sends a signal to every instance. */
    void send(RoomSignal signal);

    /**
     * Sends a frame to every client of the room, wherever it is connected. A room is a stage
     * ({@code stage:<id>}) or one person's connections within an event ({@code inbox:<eventId>:<subject>}).
     */
    default void publish(String room, String frame) {
        send(RoomSignal.frame(room, frame));
    }
}
