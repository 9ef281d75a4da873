package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * A message the codec understands: a protocol control message, a user control event, a command
 * or a data message. Each is an immutable record that knows its wire type and how to write its
 * payload; {@link RtmpMessageDecoder} produces them from received messages and
 * {@link RtmpMessageEncoder} turns written ones into {@link RtmpMessage}s. None holds a buffer, so
 * none needs releasing.
 */
public sealed interface TypedMessage
        permits SetChunkSize, Abort, Acknowledgement, WindowAckSize, SetPeerBandwidth, UserControl,
        CommandMessage, DataMessage {

    MessageType type();

    /** The chunk stream to send on; protocol control messages use {@link ChunkStreamIds#CONTROL}. */
    default int chunkStreamId() {
        return ChunkStreamIds.CONTROL;
    }

    /** The message stream; 0 unless the message belongs to a media stream. */
    default int streamId() {
        return 0;
    }

    default int timestamp() {
        return 0;
    }

    /** Appends the message body to {@code out}. */
    void writePayload(ByteBuf out);

    /** This message with its payload written into a new buffer from {@code alloc}. */
    default RtmpMessage toRtmpMessage(ByteBufAllocator alloc) {
        ByteBuf payload = alloc.buffer();
        try {
            writePayload(payload);
            return new RtmpMessage(chunkStreamId(), timestamp(), type(), streamId(), payload);
        } catch (RuntimeException e) {
            payload.release();
            throw e;
        }
    }
}
