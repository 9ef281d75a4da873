package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;

/**
 * Acknowledgement (type 3): the number of bytes received so far, sent each time a window (see
 * {@link WindowAckSize}) has been received. The chunk decoder sends these on its own.
 *
 * @param sequenceNumber bytes received, 32 bits unsigned (wraps)
 */
public record Acknowledgement(int sequenceNumber) implements TypedMessage {

    public static Acknowledgement from(RtmpMessage message) {
        return new Acknowledgement(Payloads.intAt(message, 0));
    }

    @Override
    public MessageType type() {
        return MessageType.ACKNOWLEDGEMENT;
    }

    @Override
    public void writePayload(ByteBuf out) {
        out.writeInt(sequenceNumber);
    }
}
