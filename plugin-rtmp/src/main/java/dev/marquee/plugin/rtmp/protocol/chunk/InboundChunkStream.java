package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

/**
 * What the decoder remembers about one chunk stream: the last message header (which later
 * compressed headers inherit) and the message being reassembled. The payload buffer grows as
 * chunks arrive, so memory follows the bytes received rather than the announced length.
 */
final class InboundChunkStream {

    private static final int INITIAL_CAPACITY = 256;

    final int chunkStreamId;
    int timestamp;
    /** The timestamp field of the last type 0, 1 or 2 header; a type 3 new message adds it again. */
    int timestampDelta;
    int length;
    int typeId;
    int streamId;
    /** Whether the last type 0, 1 or 2 header had an extended timestamp (type 3 chunks repeat it). */
    boolean extended;

    private ByteBuf payload;

    InboundChunkStream(int chunkStreamId) {
        this.chunkStreamId = chunkStreamId;
    }

    boolean inProgress() {
        return payload != null;
    }

    void begin(ByteBufAllocator alloc) {
        payload = length == 0 ? Unpooled.EMPTY_BUFFER : alloc.buffer(Math.min(length, INITIAL_CAPACITY), length);
    }

    int remaining() {
        return length - payload.writerIndex();
    }

    void append(ByteBuf in, int bytes) {
        payload.writeBytes(in, bytes);
    }

    /** The finished message, which now owns the payload. */
    RtmpMessage complete() {
        ByteBuf done = payload;
        payload = null;
        return new RtmpMessage(chunkStreamId, timestamp, typeId, streamId, done);
    }

    /** Drops a partly received message (Abort, or teardown). */
    void discard() {
        if (payload != null) {
            payload.release();
            payload = null;
        }
    }
}
