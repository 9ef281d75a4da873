package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.ViewerQueue;
import dev.marquee.plugin.rtmp.protocol.message.ChunkStreamIds;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import io.netty.channel.Channel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the packets waiting in a {@link ViewerQueue} to an RTMP connection while Netty's outbound buffer
 * is under its high-water mark, in batches of up to {@value #MAX_BATCH} bytes, with one flush: how an RTMP
 * player and a restream push both send media. Use it on the channel's event loop only.
 */
public final class QueuedMediaWriter {

    static final int MAX_BATCH = 256 * 1024;

    private final Channel channel;
    private final ViewerQueue queue;
    private final Function<MediaPacket, RtmpMessage> toMessage;
    private final List<MediaPacket> batch = new ArrayList<>();

    public QueuedMediaWriter(Channel channel, ViewerQueue queue, Function<MediaPacket, RtmpMessage> toMessage) {
        this.channel = channel;
        this.queue = queue;
        this.toMessage = toMessage;
    }

    /** Writes what waits while the connection takes it; the payload bytes written. */
    public long drain() {
        long wrote = 0;
        while (channel.isActive() && channel.isWritable()) {
            batch.clear();
            int bytes = queue.drainTo(batch, MAX_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (MediaPacket p : batch) {
                channel.write(toMessage.apply(p));
            }
            wrote += bytes;
        }
        if (wrote > 0) {
            channel.flush();
        }
        return wrote;
    }

    /** The chunk stream a packet of this kind is sent on. */
    public static int chunkStreamOf(MediaPacket.Kind kind) {
        return switch (kind) {
            case AUDIO -> ChunkStreamIds.AUDIO;
            case VIDEO -> ChunkStreamIds.VIDEO;
            case DATA -> ChunkStreamIds.STREAM;
        };
    }
}
