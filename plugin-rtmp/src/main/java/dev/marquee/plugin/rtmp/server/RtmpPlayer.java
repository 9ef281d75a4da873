package dev.marquee.plugin.rtmp.server;

import dev.marquee.platform.spi.audience.Viewing;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;
import dev.marquee.plugin.rtmp.media.ViewerQueue;
import dev.marquee.plugin.rtmp.metrics.PlayerProtocol;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics;
import dev.marquee.plugin.rtmp.protocol.message.NetStatus;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import dev.marquee.plugin.rtmp.protocol.message.ServerResponses;
import dev.marquee.plugin.rtmp.protocol.message.UserControl;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One RTMP player of a live stream. Packets wait in a {@link ViewerQueue} and are written on the
 * connection's event loop only while Netty's outbound buffer is under its high-water mark; a player
 * that falls behind skips to the next keyframe and is disconnected if it stays behind. Writes are
 * batched every {@value #BATCH_MILLIS} ms (one flush for several packets). The packet bodies are
 * shared with every other player (wrapped, not copied). Its viewing in core's ledger counts the bytes
 * and is closed with it.
 */
final class RtmpPlayer implements StreamSubscriber, ViewerQueue.Listener {

    /** Packets are written in batches this often (a 30 fps stream has about 75 packets a second). */
    static final long BATCH_MILLIS = 40;

    private final Channel channel;
    private final int streamId;
    private final LiveStream stream;
    private final ViewerQueue queue;
    private final RtmpMetrics metrics;
    private final QueuedMediaWriter writer;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Viewing viewing;

    RtmpPlayer(Channel channel, int streamId, LiveStream stream, long maxQueueBytes, RtmpMetrics metrics,
               Viewing viewing) {
        this.viewing = viewing;
        this.metrics = metrics;
        this.channel = channel;
        this.streamId = streamId;
        this.stream = stream;
        this.queue = new ViewerQueue(maxQueueBytes, 3, 30_000, this);
        this.writer = new QueuedMediaWriter(channel, queue, this::message);
    }

    LiveStream stream() {
        return stream;
    }

    @Override
    public void accept(MediaPacket packet) {
        queue.offer(packet);
    }

    @Override
    public void end() {
        channel.eventLoop().execute(() -> {
            drain();
            channel.write(UserControl.streamEof(streamId));
            channel.writeAndFlush(ServerResponses.onStatus(streamId, NetStatus.PLAY_UNPUBLISH_NOTIFY,
                    "The stream ended")).addListener(ChannelFutureListener.CLOSE);
        });
    }

    /** Drains at the next batch time; the player's first packets are drained at once by {@link Playing}. */
    @Override
    public void packetsWaiting() {
        if (drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().schedule(() -> {
                drainScheduled.set(false);
                drain();
            }, BATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void tooSlow() {
        metrics.viewerDropped(PlayerProtocol.RTMP);
        channel.close();
    }

    /** Writes what waits while the connection can take it; on the event loop. */
    void drain() {
        long wrote = writer.drain();
        if (wrote > 0) {
            metrics.sent(PlayerProtocol.RTMP, wrote);
            viewing.bytes(wrote);
        }
    }

    void close() {
        queue.close();
        stream.unsubscribe(this);
        viewing.close();
    }

    private RtmpMessage message(MediaPacket p) {
        return new RtmpMessage(QueuedMediaWriter.chunkStreamOf(p.kind()), p.timestamp(), p.kind().tagType(), streamId, Unpooled.wrappedBuffer(p.body()));
    }
}
