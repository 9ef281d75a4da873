package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;

/**
 * Window Acknowledgement Size (type 5): the sender wants an {@link Acknowledgement} after every
 * this many bytes it sends. A server usually sends one (2,500,000 bytes is common) after connect;
 * one received from the peer is applied by the chunk decoder.
 *
 * @param windowSize bytes, 32 bits unsigned
 */
public record WindowAckSize(int windowSize) implements TypedMessage {

    public static WindowAckSize from(RtmpMessage message) {
        return new WindowAckSize(Payloads.intAt(message, 0));
    }

    @Override
    public MessageType type() {
        return MessageType.WINDOW_ACK_SIZE;
    }

    @Override
    public void writePayload(ByteBuf out) {
        out.writeInt(windowSize);
    }
}
