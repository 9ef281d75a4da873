package dev.marquee.platform.spi.stage;

/**
 * Sends frames (JSON objects with a {@code "type"}) to the people on stage sockets. Implemented by
 * the plugin that serves {@code /ws/stages/{id}}; found through CDI ({@code Instance<StageChannel>}).
 * Every method returns at once: frames are queued per connection, and a connection that cannot keep
 * up is dropped by the channel, never waited for. Callable from any thread.
 *
 * @since 0.1.0
 */
public interface StageChannel {

    /** To every connection on the stage. */
    void toStage(long stageId, String frame);

    /**
     * To every connection on the stage, a frame of counts: {@code {"type": ..., "counts": {key: integer, ...}}},
     * such as {@code reaction.burst}. A connection that still holds an unsent frame of the same type adds
     * the counts into that one instead of queueing a second frame, so a client that reads slowly gets fewer
     * frames, never fewer counts. Other members of the frame are taken from the latest one. By default,
     * as {@link #toStage} (every frame sent).
     *
     * @since 0.2.0
     */
    default void toStageSummed(long stageId, String frame) {
        toStage(stageId, frame);
    }

    /** To one connection; nothing happens when it is gone. */
    void toMember(String connectionId, String frame);

    /** To every connection of one person on the stage (all their tabs). */
    void toSubject(long stageId, String subject, String frame);

    /**
     * To this handler type's {@link StageFrameHandler#relayed} on the instance that owns the stage (at
     * once when that is this one): how a handler that {@linkplain StageFrameHandler#handlesHere takes
     * frames here} hands the owner what it summed. Send at most a few a second per stage.
     *
     * @throws UnsupportedOperationException when this socket cannot relay (the default)
     */
    default void toOwner(long stageId, String type, String frame) {
        throw new UnsupportedOperationException("This stage socket does not relay to stage owners");
    }

    /** Closes one connection (a person removed from the stage by a handler's rules); it may reconnect. */
    void disconnect(String connectionId, String reason);
}
