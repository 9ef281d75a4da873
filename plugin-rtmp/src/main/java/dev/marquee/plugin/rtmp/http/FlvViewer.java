package dev.marquee.plugin.rtmp.http;

import dev.marquee.plugin.rtmp.media.FlvFormat;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;
import dev.marquee.plugin.rtmp.media.ViewerQueue;
import dev.marquee.plugin.rtmp.metrics.PlayerProtocol;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One HTTP-FLV player: the FLV header, then every tag of the stream, written with the servlet's
 * non-blocking output (never more than the socket takes, so a stalled player costs a bounded queue
 * of shared packets and nothing else). Packets queue in a {@link ViewerQueue}; a player that falls
 * behind skips to the next keyframe, one that stays behind is disconnected. The bytes written are
 * reported to {@code sent} (the viewing's count).
 */
final class FlvViewer implements StreamSubscriber, ViewerQueue.Listener, WriteListener {

    private static final Logger LOG = Logger.getLogger(FlvViewer.class.getName());
    private static final int MAX_WRITE = 64 * 1024;

    private final LiveStream stream;
    private final HeldRequest held;
    private final ServletOutputStream out;
    private final FlvWriters writers;
    private final Runnable onClose;
    private final LongConsumer sent;
    private final RtmpMetrics metrics;
    private final ViewerQueue queue;
    private final List<MediaPacket> batch = new ArrayList<>();
    private boolean headerWritten;
    private volatile boolean ended;
    private boolean closed;

    FlvViewer(LiveStream stream, HeldRequest held, FlvWriters writers, long maxQueueBytes, RtmpMetrics metrics,
              LongConsumer sent, Runnable onClose) throws IOException {
        this.sent = sent;
        this.metrics = metrics;
        this.stream = stream;
        this.held = held;
        this.out = held.context().getResponse().getOutputStream();
        this.writers = writers;
        this.onClose = onClose;
        this.queue = new ViewerQueue(maxQueueBytes, 3, 30_000, this);
    }

    /** Subscribes and starts writing; called once the write listener is set. */
    void start() {
        if (!stream.subscribe(this)) {
            ended = true;
        }
        writers.run(this::write);
    }

    @Override
    public void accept(MediaPacket packet) {
        queue.offer(packet);
    }

    @Override
    public void end() {
        ended = true;
        writers.run(this::write);
    }

    @Override
    public void packetsWaiting() {
        writers.due(this);
    }

    @Override
    public void tooSlow() {
        metrics.viewerDropped(PlayerProtocol.HTTP_FLV);
        LOG.fine(() -> "Dropping an HTTP-FLV viewer of stage " + stream.stageId() + " that could not keep up");
        writers.run(this::close);
    }

    @Override
    public void onWritePossible() {
        write();
    }

    @Override
    public void onError(Throwable t) {
        close();
    }

    /** Writes what is waiting while the socket takes it; finishes the response after the stream ended. */
    synchronized void write() {
        if (closed || held.finished()) {
            return;
        }
        try {
            while (out.isReady()) {
                if (!headerWritten) {
                    out.write(FlvFormat.header());
                    headerWritten = true;
                    continue;
                }
                batch.clear();
                queue.drainTo(batch, MAX_WRITE);
                if (batch.isEmpty()) {
                    if (ended) {
                        close();
                    }
                    return;
                }
                byte[] tags = join(batch);
                out.write(tags);
                metrics.sent(PlayerProtocol.HTTP_FLV, tags.length);
                sent.accept(tags.length);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "HTTP-FLV viewer gone", e);
            close();
        }
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.close();
        stream.unsubscribe(this);
        held.complete();
        onClose.run();
    }

    private static byte[] join(List<MediaPacket> packets) {
        if (packets.size() == 1) {
            return packets.get(0).flvTag();
        }
        int total = 0;
        for (MediaPacket p : packets) {
            total += p.flvTag().length;
        }
        byte[] joined = new byte[total];
        int at = 0;
        for (MediaPacket p : packets) {
            byte[] tag = p.flvTag();
            System.arraycopy(tag, 0, joined, at, tag.length);
            at += tag.length;
        }
        return joined;
    }
}
