package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;

/**
 * Abort Message (type 2): the receiver drops the partly received message on the given chunk
 * stream. The chunk decoder applies a received one before passing it on.
 *
 * @param targetChunkStreamId the chunk stream whose partial message is discarded
 */
public record Abort(int targetChunkStreamId) implements TypedMessage {

    public static Abort from(RtmpMessage message) {
        return new Abort(Payloads.intAt(message, 0));
    }

    @Override
    public MessageType type() {
        return MessageType.ABORT;
    }

    @Override
    public void writePayload(ByteBuf out) {
        out.writeInt(targetChunkStreamId);
    }
}
