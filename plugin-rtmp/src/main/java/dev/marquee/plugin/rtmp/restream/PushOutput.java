package dev.marquee.plugin.rtmp.restream;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;
import dev.marquee.plugin.rtmp.media.ViewerQueue;
import dev.marquee.plugin.rtmp.server.QueuedMediaWriter;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One published connection's share of the stage's stream. The publisher's thread only hands packets to a
 * {@link ViewerQueue} bounded in bytes (never blocks, never waits for the target); the target's own event
 * loop writes them while Netty's outbound buffer is under its high-water mark. A target that cannot keep up
 * skips to the next keyframe and the skipped packets are counted; it is never cut off for it (its own
 * connection breaking is what ends it). Media starts at a keyframe after the decoder configurations, and
 * timestamps start at 0 for the target.
 */
final class PushOutput implements StreamSubscriber, ViewerQueue.Listener {

    private static final byte[] SET_DATA_FRAME = setDataFrame();

    private final Channel channel;
    private final int streamId;
    private final ViewerQueue queue;
    private final PushStatus status;
    private final PushMeter meter;
    private final Runnable ended;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final QueuedMediaWriter writer;
    private boolean sawVideoConfig;
    private boolean videoStarted;
    private boolean baseSet;
    private int base;
    private long skippedSeen;

    /** @param ended told on the event loop when the stage's stream has ended and what was queued is written */
    PushOutput(Channel channel, int streamId, long queueBytes, PushStatus status, PushMeter meter, Runnable ended) {
        this.channel = channel;
        this.streamId = streamId;
        this.queue = new ViewerQueue(queueBytes, Integer.MAX_VALUE, 1, this);
        this.writer = new QueuedMediaWriter(channel, queue, this::message);
        this.status = status;
        this.meter = meter;
        this.ended = ended;
    }

    /** On the publisher's thread: lets the packet through once the target can decode from it. */
    @Override
    public void accept(MediaPacket packet) {
        if (packet.kind() == MediaPacket.Kind.DATA || packet.isSequenceHeader()) {
            sawVideoConfig |= packet.kind() == MediaPacket.Kind.VIDEO;
            queue.offer(packet);
            return;
        }
        if (!videoStarted) {
            if (packet.isKeyframe()) {
                videoStarted = true;
            } else if (packet.kind() == MediaPacket.Kind.VIDEO || sawVideoConfig) {
                return; // nothing decodable before the first keyframe
            }
        }
        queue.offer(packet);
    }

    @Override
    public void end() {
        channel.eventLoop().execute(() -> {
            drain();
            ended.run();
        });
    }

    @Override
    public void packetsWaiting() {
        if (drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(this::drain);
        }
    }

    @Override
    public void tooSlow() {
        // never: a target skips to keyframes for as long as it stays connected
    }

    /** Writes what waits while the connection takes it; on the channel's event loop. */
    void drain() {
        drainScheduled.set(false);
        long wrote = writer.drain();
        if (wrote > 0) {
            status.sent((int) Math.min(Integer.MAX_VALUE, wrote));
            meter.sent(wrote);
        }
        long skipped = queue.skipped();
        if (skipped > skippedSeen) {
            status.dropped(skipped - skippedSeen);
            meter.dropped(skipped - skippedSeen);
            skippedSeen = skipped;
        }
    }

    void close() {
        queue.close();
    }

    /** The packet as a message to the target: configurations and metadata at 0, media from the first frame on. */
    RtmpMessage message(MediaPacket p) {
        int timestamp;
        if (!baseSet && (p.kind() == MediaPacket.Kind.DATA || p.isSequenceHeader())) {
            timestamp = 0;
        } else {
            if (!baseSet) {
                base = p.timestamp();
                baseSet = true;
            }
            timestamp = Math.max(0, p.timestamp() - base);
        }
        ByteBuf body = p.kind() == MediaPacket.Kind.DATA
                ? Unpooled.wrappedBuffer(SET_DATA_FRAME, p.body())
                : Unpooled.wrappedBuffer(p.body());
        return new RtmpMessage(QueuedMediaWriter.chunkStreamOf(p.kind()), timestamp, p.kind().tagType(), streamId, body);
    }

    /** AMF0 string "@setDataFrame": what a publisher puts before {@code onMetaData}. */
    private static byte[] setDataFrame() {
        byte[] name = "@setDataFrame".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[3 + name.length];
        out[0] = 0x02;
        out[2] = (byte) name.length;
        System.arraycopy(name, 0, out, 3, name.length);
        return out;
    }
}
