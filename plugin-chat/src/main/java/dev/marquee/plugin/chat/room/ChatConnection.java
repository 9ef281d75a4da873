package dev.marquee.plugin.chat.room;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One WebSocket client. Frames to it go through a bounded queue written one at a time with the
 * asynchronous API, so a broadcast never waits on a client; a client whose queue fills (it reads too
 * slowly) is disconnected instead of slowing the others or growing memory.
 */
public final class ChatConnection {

    private static final Logger LOG = Logger.getLogger(ChatConnection.class.getName());

    private final Session session;
    private final Participant participant;
    private final int capacity;
    private final RateLimit inbound;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean writing;
    private boolean closed;
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();

    public ChatConnection(Session session, Participant participant, int capacity, RateLimit inbound) {
        this.session = session;
        this.participant = participant;
        this.capacity = capacity;
        this.inbound = inbound;
    }

    public Participant participant() {
        return participant;
    }

    public String id() {
        return session.getId();
    }

    /** Whether another frame from this client may be handled now (a flood guard per connection). */
    public boolean acceptInbound(long nowNanos) {
        return inbound.tryTake(nowNanos);
    }

    /** Queues a frame; never blocks. A client with a full queue is disconnected. */
    public void send(String frame) {
        boolean overflow = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (writing) {
                if (queue.size() < capacity) {
                    queue.add(frame);
                    return;
                }
                overflow = true;
            } else {
                writing = true;
            }
        }
        if (overflow) {
            close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow: the chat moved on without you; reconnect");
        } else {
            write(frame);
        }
    }

    /**
     * Hands one frame to the WebSocket. Tyrus re-arms a per-session idle timer on every send through
     * Payara's managed scheduler, which captures the calling thread's context and in doing so searches
     * the context class loader for context providers: with the WAR's loader that is a scan of every JAR
     * in WEB-INF/lib per frame, most of the fan-out's CPU. The platform loader has none to scan, and
     * nothing in the send needs the application's classes.
     */
    private void write(String frame) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            session.getAsyncRemote().sendText(frame, this::written);
        } catch (RuntimeException e) {
            drop();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void written(SendResult result) {
        if (!result.isOK()) {
            drop();
            return;
        }
        String next;
        synchronized (this) {
            next = closed ? null : queue.poll();
            if (next == null) {
                writing = false;
                return;
            }
        }
        write(next);
    }

    private void drop() {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        close(CloseReason.CloseCodes.GOING_AWAY, "Connection lost");
    }

    /** Adds what to do once this connection is closed by the server (leave its room and inbox at once). */
    public void onClose(Runnable action) {
        onClose.add(action);
    }

    /**
     * Closes the WebSocket with a reason the client sees (a client that stopped reading may never see
     * it; it leaves the room at once anyway and gets nothing more).
     */
    public void close(CloseReason.CloseCode code, String reason) {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        onClose.forEach(Runnable::run);
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(code, reason));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing a chat connection failed", e);
        }
    }
}
