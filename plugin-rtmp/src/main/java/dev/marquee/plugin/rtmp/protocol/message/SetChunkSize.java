package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;

/**
 * Set Chunk Size (type 1): the largest chunk payload the sender will use from now on. The chunk
 * codecs apply it themselves: a received one changes how the decoder reads, a written one changes
 * how the encoder writes every later message.
 *
 * @param chunkSize 1 to 2,147,483,647 bytes (the default before any is sent is 128)
 */
public record SetChunkSize(int chunkSize) implements TypedMessage {

    public SetChunkSize {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be 1 to 2^31-1: " + chunkSize);
        }
    }

    /** Reads one from a received message; a bad value is a {@link CorruptedFrameException}. */
    public static SetChunkSize from(RtmpMessage message) {
        int size = Payloads.intAt(message, 0);
        if (size < 1) {
            throw new CorruptedFrameException("invalid chunk size " + Integer.toUnsignedString(size));
        }
        return new SetChunkSize(size);
    }

    @Override
    public MessageType type() {
        return MessageType.SET_CHUNK_SIZE;
    }

    @Override
    public void writePayload(ByteBuf out) {
        out.writeInt(chunkSize);
    }
}
