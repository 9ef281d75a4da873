package dev.marquee.plugin.chat.room;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Hands one frame to many connections in two passes: first it appends the same {@link OutboundFrame}
 * (encoded once) to every connection's queue, then it writes the connections it found idle. A connection
 * another broadcast is still writing is left to that thread, which then writes both frames as one
 * batch. So under light load every frame goes out at once, and when broadcasts overlap (many messages,
 * many clients) they batch up by themselves, one transport write for several frames, instead of
 * falling further behind.
 */
public final class Fanout {

    private Fanout() {
    }

    /** Sends the frame to every connection; never blocks on a client. */
    public static void send(Collection<ChatConnection> connections, OutboundFrame frame) {
        List<ChatConnection> idle = new ArrayList<>();
        for (ChatConnection c : connections) {
            if (c.enqueue(frame)) {
                idle.add(c);
            }
        }
        for (ChatConnection c : idle) {
            c.flush();
        }
    }
}
