package dev.marquee.plugin.chat.room;

import jakarta.websocket.CloseReason;

import java.util.List;
import java.util.function.Consumer;

/**
 * The wire side of one chat connection: how its frames are written and how it is closed. The WebSocket
 * layer ({@code ws} package) chooses the implementation per session; {@link ChatConnection} calls
 * {@link #write} for one batch at a time, never concurrently for the same socket.
 */
public interface ClientSocket {

    /** A stable id of the connection (the WebSocket session id). */
    String id();

    /**
     * Starts writing the frames, in order, without blocking on the client. Calls {@code done} exactly
     * once: with null when the transport took them, with the failure otherwise. It may be called on this
     * thread before {@code write} returns (the usual case) or later on a transport thread.
     */
    void write(List<OutboundFrame> frames, Consumer<Throwable> done);

    /** Closes the connection with a reason the client may see; best effort, never throws. */
    void close(CloseReason reason);
}
