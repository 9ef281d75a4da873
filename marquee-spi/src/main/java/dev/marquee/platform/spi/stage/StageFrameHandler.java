package dev.marquee.platform.spi.stage;

import jakarta.json.JsonObject;

/**
 * A plugin's part in the stage socket. The socket's owner tells every handler (CDI beans, found with
 * {@code @Any Instance<StageFrameHandler>}) who joins and leaves each stage, and hands a received frame
 * to the handler that {@link #handles} its type (types of the contract, such as {@code chat.send}, stay
 * with the owner). A frame no one handles is answered with an {@code error} frame.
 *
 * <p><b>Where frames run.</b> A frame runs on the instance that owns its stage, so a handler's state for a
 * stage lives in one place in the cluster; frames from people connected to other instances are forwarded
 * there one by one. A frame type sent very often by everyone (emoji reactions) may instead be taken
 * {@linkplain #handlesHere here}, on the instance the member is connected to: the handler sums such frames
 * itself and hands the sums to the owner once per interval with {@link StageChannel#toOwner}, which
 * arrive in {@link #relayed}.
 *
 * <p><b>Threading.</b> Called on WebSocket threads, concurrently for different connections and in
 * order for one connection. Do not block: keep state in memory, reach remote services from a managed
 * executor, answer through the {@link StageChannel}.
 *
 * @since 0.1.0
 */
public interface StageFrameHandler {

    /** Whether frames of this type are this handler's (e.g. every type starting with {@code "stage."}). */
    boolean handles(String type);

    /** Someone connected to a stage; {@code channel} reaches them at once. */
    void joined(StageMember member, StageChannel channel);

    /** A frame of one of this handler's types from a member. */
    void received(StageMember member, String type, JsonObject frame, StageChannel channel);

    /**
     * Whether a frame of this type, one of {@link #handles}'s, is given to {@link #received} on the
     * instance the member is connected to instead of on the stage's owner. False by default.
     */
    default boolean handlesHere(String type) {
        return false;
    }

    /**
     * On the stage's owner: what this handler on some instance (this one included) sent with
     * {@link StageChannel#toOwner}. Never a member's frame: people cannot send these. In order per stage.
     */
    default void relayed(long stageId, String type, JsonObject frame, StageChannel channel) {
    }

    /** The member's connection closed (they left, lost the network, or were dropped). */
    void left(StageMember member, StageChannel channel);
}
