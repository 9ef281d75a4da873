package dev.marquee.platform.spi.stage;

import jakarta.json.JsonObject;

/**
 * A plugin's part in the stage socket. The socket's owner tells every handler (CDI beans, found with
 * {@code @Any Instance<StageFrameHandler>}) who joins and leaves each stage, and hands a received frame
 * to the handler that {@link #handles} its type (types of the contract, such as {@code chat.send}, stay
 * with the owner). A frame no one handles is answered with an {@code error} frame.
 *
 * <p><b>Threading.</b> Called on WebSocket threads, concurrently for different connections and in
 * order for one connection. Do not block: keep state in memory, reach remote services from a managed
 * executor, answer through the {@link StageChannel}.
 */
public interface StageFrameHandler {

    /** Whether frames of this type are this handler's (e.g. every type starting with {@code "stage."}). */
    boolean handles(String type);

    /** Someone connected to a stage; {@code channel} reaches them at once. */
    void joined(StageMember member, StageChannel channel);

    /** A frame of one of this handler's types from a member. */
    void received(StageMember member, String type, JsonObject frame, StageChannel channel);

    /** The member's connection closed (they left, lost the network, or were dropped). */
    void left(StageMember member, StageChannel channel);
}
