package dev.marquee.platform.spi.stage;

/**
 * Sends frames (JSON objects with a {@code "type"}) to the people on stage sockets. Implemented by
 * the plugin that serves {@code /ws/stages/{id}}; found through CDI ({@code Instance<StageChannel>}).
 * Every method returns at once: frames are queued per connection, and a connection that cannot keep
 * up is dropped by the channel, never waited for. Callable from any thread.
 */
public interface StageChannel {

    /** To every connection on the stage. */
    void toStage(long stageId, String frame);

    /** To one connection; nothing happens when it is gone. */
    void toMember(String connectionId, String frame);

    /** To every connection of one person on the stage (all their tabs). */
    void toSubject(long stageId, String subject, String frame);

    /** Closes one connection (a person removed from the stage by a handler's rules); it may reconnect. */
    void disconnect(String connectionId, String reason);
}
