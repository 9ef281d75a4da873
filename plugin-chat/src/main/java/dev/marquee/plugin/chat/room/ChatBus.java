package dev.marquee.plugin.chat.room;

/**
 * The one seam every frame for a room goes through. This instance's {@link LocalChatBus} hands frames
 * to the room's local connections; a clustered bus (several Marquee instances) publishes them to every
 * instance, each delivering to its own connections.
 */
public interface ChatBus {

    /**
     * Sends a frame to every client of the room, wherever it is connected. A room is a stage
     * ({@code stage:<id>}) or one person's connections within an event ({@code inbox:<eventId>:<subject>}).
     */
    void publish(String room, String frame);
}
