package dev.marquee.plugin.rtmp.media;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A viewer's packets waiting to be written, bounded in bytes. When the writer falls so far behind
 * that the next packet would pass the bound, the queue throws away what is waiting and skips to the
 * next keyframe (the picture jumps forward, audio and video stay in step). A viewer that has to skip
 * more than {@code maxSkips} times in a row within {@code skipWindowMillis} stays behind for good and is
 * dropped. Thread-safe: the publisher's thread offers, the viewer's writer drains.
 */
public final class ViewerQueue {

    /** What the owner hears: new packets to write, or that the viewer must go. */
    public interface Listener {
        void packetsWaiting();

        void tooSlow();
    }

    private final long maxBytes;
    private final int maxSkips;
    private final long skipWindowMillis;
    private final Listener listener;
    private final ArrayDeque<MediaPacket> packets = new ArrayDeque<>();
    private long bytes;
    private boolean waitingForKeyframe;
    private int recentSkips;
    private long firstSkipAt;
    private boolean closed;
    private long skipped;

    public ViewerQueue(long maxBytes, int maxSkips, long skipWindowMillis, Listener listener) {
        this.maxBytes = maxBytes;
        this.maxSkips = maxSkips;
        this.skipWindowMillis = skipWindowMillis;
        this.listener = listener;
    }

    /** Queues a packet; never blocks. */
    public void offer(MediaPacket packet) {
        boolean notify;
        boolean drop = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (waitingForKeyframe && !packet.isKeyframe() && !packet.isSequenceHeader()
                    && packet.kind() != MediaPacket.Kind.DATA) {
                skipped++;
                return;
            }
            if (bytes + packet.size() > maxBytes) {
                drop = fellBehind(System.currentTimeMillis());
                if (!drop && !packet.isKeyframe()) {
                    skipped++;
                    return;
                }
            }
            if (drop) {
                closed = true;
                packets.clear();
                bytes = 0;
                notify = false;
            } else {
                waitingForKeyframe = false;
                notify = packets.isEmpty();
                packets.add(packet);
                bytes += packet.size();
            }
        }
        if (drop) {
            listener.tooSlow();
        } else if (notify) {
            listener.packetsWaiting();
        }
    }

    /** Moves waiting packets into {@code into}, up to about {@code maxBytes}; returns how many bytes. */
    public synchronized int drainTo(List<MediaPacket> into, int maxDrainBytes) {
        int taken = 0;
        while (!packets.isEmpty() && (taken == 0 || taken + packets.peek().size() <= maxDrainBytes)) {
            MediaPacket p = packets.poll();
            into.add(p);
            taken += p.size();
        }
        bytes -= taken;
        if (packets.isEmpty() && !waitingForKeyframe) {
            recentSkips = 0;
        }
        return taken;
    }

    public synchronized boolean isEmpty() {
        return packets.isEmpty();
    }

    public synchronized long queuedBytes() {
        return bytes;
    }

    /** Packets thrown away so far to catch up. */
    public synchronized long skipped() {
        return skipped;
    }

    public synchronized void close() {
        closed = true;
        packets.clear();
        bytes = 0;
    }

    private boolean fellBehind(long now) {
        if (recentSkips == 0 || now - firstSkipAt > skipWindowMillis) {
            recentSkips = 0;
            firstSkipAt = now;
        }
        recentSkips++;
        if (recentSkips > maxSkips) {
            return true;
        }
        skipped += packets.size();
        packets.clear();
        bytes = 0;
        waitingForKeyframe = true;
        return false;
    }
}
