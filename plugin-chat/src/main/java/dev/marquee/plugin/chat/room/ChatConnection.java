package dev.marquee.plugin.chat.room;

import jakarta.websocket.CloseReason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One WebSocket client. Frames to it go through a bounded queue (at most {@code maxFrames} frames and
 * {@code maxBytes} wire bytes waiting), written by one thread at a time without blocking: whoever finds
 * the connection idle writes everything queued, up to 64 KiB, as one batch, and goes on while the
 * transport takes batches at once. A client whose queue fills (it reads too slowly) is disconnected
 * instead of slowing the others or growing memory. A frame of counts ({@link OutboundFrame#summing}) is
 * added into an unsent one of its type rather than queued behind it: fewer frames, the same counts.
 * See {@link Fanout} for how a broadcast uses this.
 */
public final class ChatConnection {

    private static final int MAX_BATCH_BYTES = 64 * 1024;

    private final ClientSocket socket;
    private final Participant participant;
    private final int maxFrames;
    private final int maxBytes;
    private final RateLimit inbound;
    private final ArrayDeque<OutboundFrame> queue = new ArrayDeque<>();
    private final Written written = new Written();
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
    private volatile Runnable onTooSlow = () -> { };
    private int queuedBytes;
    private boolean flushing;
    private boolean closed;

    public ChatConnection(ClientSocket socket, Participant participant, int maxFrames, int maxBytes, RateLimit inbound) {
        this.socket = socket;
        this.participant = participant;
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
        this.inbound = inbound;
    }

    public Participant participant() {
        return participant;
    }

    public String id() {
        return socket.id();
    }

    /** Whether another frame from this client may be handled now (a flood guard per connection). */
    public boolean acceptInbound(long nowNanos) {
        return inbound.tryTake(nowNanos);
    }

    /** Queues a frame for this client alone and writes it if the connection is idle; never blocks. */
    public void send(String frame) {
        send(OutboundFrame.of(frame));
    }

    /** Queues a frame and writes it if the connection is idle; never blocks. */
    public void send(OutboundFrame frame) {
        if (enqueue(frame)) {
            flush();
        }
    }

    /**
     * Appends a frame. Returns true when the caller made the connection busy and must {@link #flush()} it;
     * false when another thread is writing (it will write this frame too) or the connection is closed.
     * A frame that does not fit the budget disconnects the client; a frame is always accepted into an
     * empty queue, whatever its size.
     */
    boolean enqueue(OutboundFrame frame) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (frame.sumsType() != null && addedIntoUnsent(frame)) {
                return false;
            }
            boolean full = !queue.isEmpty() && (queue.size() >= maxFrames || queuedBytes + frame.size() > maxBytes);
            if (!full) {
                queue.add(frame);
                queuedBytes += frame.size();
                if (flushing) {
                    return false;
                }
                flushing = true;
                return true;
            }
        }
        onTooSlow.run();
        close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow: the chat moved on without you; reconnect");
        return false;
    }

    /**
     * Adds a frame of counts into the unsent one of its type, if the queue holds one (it then moves to the
     * queue's end, where the later frame would have gone); the writer already at work sends it.
     */
    private boolean addedIntoUnsent(OutboundFrame frame) {
        for (Iterator<OutboundFrame> unsent = queue.descendingIterator(); unsent.hasNext(); ) {
            OutboundFrame earlier = unsent.next();
            if (frame.sumsType().equals(earlier.sumsType())) {
                unsent.remove();
                OutboundFrame summed = earlier.plus(frame);
                queue.add(summed);
                queuedBytes += summed.size() - earlier.size();
                return true;
            }
        }
        return false;
    }

    /** Writes batches until the queue is empty or the transport answers later (its thread then goes on). */
    void flush() {
        while (true) {
            List<OutboundFrame> batch;
            synchronized (this) {
                if (closed || queue.isEmpty()) {
                    flushing = false;
                    return;
                }
                batch = takeBatch();
            }
            written.arm();
            try {
                socket.write(batch, written);
            } catch (RuntimeException e) {
                written.accept(e);
            }
            if (!written.tookInline()) {
                return;
            }
            if (written.failure != null) {
                close(CloseReason.CloseCodes.GOING_AWAY, "Connection lost");
                return;
            }
        }
    }

    private List<OutboundFrame> takeBatch() {
        List<OutboundFrame> batch = new ArrayList<>(Math.min(queue.size(), 16));
        int bytes = 0;
        while (!queue.isEmpty() && (batch.isEmpty() || bytes + queue.peek().size() <= MAX_BATCH_BYTES)) {
            OutboundFrame f = queue.poll();
            bytes += f.size();
            batch.add(f);
        }
        queuedBytes -= bytes;
        return batch;
    }

    /** What to do when this client is disconnected for reading too slowly (counted in the metrics). */
    public void onTooSlow(Runnable action) {
        this.onTooSlow = action;
    }

    /** Adds what to do once this connection is closed by the server (leave its room and inbox at once). */
    public void onClose(Runnable action) {
        onClose.add(action);
    }

    /**
     * Closes the WebSocket with a reason the client sees (a client that stopped reading may never see
     * it; it leaves the room at once anyway and gets nothing more). Only the first call acts.
     */
    public void close(CloseReason.CloseCode code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            queuedBytes = 0;
        }
        onClose.forEach(Runnable::run);
        socket.close(new CloseReason(code, reason));
    }

    /**
     * The completion of the one batch in flight, reused for every batch. If the transport completes it
     * before {@code write} returns, the flushing thread goes on with the next batch (a loop, not a
     * recursion); if later, the transport's thread goes on instead.
     */
    private final class Written implements Consumer<Throwable> {

        private static final int PENDING = 0;
        private static final int INLINE = 1;
        private static final int LATER = 2;

        private final AtomicInteger state = new AtomicInteger();
        private volatile Throwable failure;

        void arm() {
            failure = null;
            state.set(PENDING);
        }

        /** Whether the batch completed already; if not, the completion will go on flushing. */
        boolean tookInline() {
            return !state.compareAndSet(PENDING, LATER);
        }

        @Override
        public void accept(Throwable error) {
            failure = error;
            if (state.compareAndSet(PENDING, INLINE)) {
                return;
            }
            if (error != null) {
                close(CloseReason.CloseCodes.GOING_AWAY, "Connection lost");
            } else {
                flush();
            }
        }
    }
}
