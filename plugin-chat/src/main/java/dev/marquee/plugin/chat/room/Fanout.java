package dev.marquee.plugin.chat.room;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hands one frame to many connections in two passes: first it appends the same {@link OutboundFrame}
 * (encoded once) to every connection's queue, then it writes the connections it found idle. A connection
 * another thread is still writing is left to that thread, which then writes both frames as one batch.
 * So under light load every frame goes out at once, and when broadcasts overlap (many messages, many
 * clients) they batch up by themselves, one transport write for several frames, instead of falling
 * further behind.
 *
 * <p>Frames of a room arrive on one thread (the cluster bus delivers a room's signals in order), so
 * the writes of a large room are split: the calling thread writes the first {@value #SHARE}
 * connections and hands the rest, in parts of that size, to the writer threads. The queues were filled
 * in order before any write starts, so every client still sees the room's frames in order.
 */
public final class Fanout {

    /** Connections one thread writes per broadcast before the rest go to other writer threads. */
    static final int SHARE = 500;

    private Fanout() {
    }

    /** Sends the frame to every connection, writing on the calling thread only; never blocks on a client. */
    public static void send(Collection<ChatConnection> connections, OutboundFrame frame) {
        send(connections, frame, null);
    }

    /** Sends the frame to every connection, sharing the writes with {@code writers}; never blocks on a client. */
    public static void send(Collection<ChatConnection> connections, OutboundFrame frame, Executor writers) {
        List<ChatConnection> idle = new ArrayList<>();
        for (ChatConnection c : connections) {
            if (c.enqueue(frame)) {
                idle.add(c);
            }
        }
        int count = idle.size();
        if (writers != null) {
            for (int from = SHARE; from < count; from += SHARE) {
                List<ChatConnection> part = idle.subList(from, Math.min(count, from + SHARE));
                try {
                    writers.execute(() -> part.forEach(ChatConnection::flush));
                } catch (RejectedExecutionException e) {
                    part.forEach(ChatConnection::flush);
                }
            }
            count = Math.min(count, SHARE);
        }
        for (int i = 0; i < count; i++) {
            idle.get(i).flush();
        }
    }
}
