package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;

/**
 * Set Peer Bandwidth (type 6): limits the peer's output to a window of unacknowledged bytes.
 * Servers send it after connect, typically with the same size as their {@link WindowAckSize}.
 *
 * @param windowSize bytes, 32 bits unsigned
 */
public record SetPeerBandwidth(int windowSize, LimitType limitType) implements TypedMessage {

    /** How the peer applies the new window. */
    public enum LimitType {
        /** Use this window. */
        HARD,
        /** Use the smaller of this window and the one already in force. */
        SOFT,
        /** Hard if the previous limit was hard, else ignore the message. */
        DYNAMIC
    }

    public SetPeerBandwidth {
        if (limitType == null) {
            throw new IllegalArgumentException("limitType is required");
        }
    }

    public static SetPeerBandwidth from(RtmpMessage message) {
        int window = Payloads.intAt(message, 0);
        int limit = Payloads.unsignedByteAt(message, 4);
        if (limit >= LimitType.values().length) {
            throw new CorruptedFrameException("unknown peer bandwidth limit type " + limit);
        }
        return new SetPeerBandwidth(window, LimitType.values()[limit]);
    }

    @Override
    public MessageType type() {
        return MessageType.SET_PEER_BANDWIDTH;
    }

    @Override
    public void writePayload(ByteBuf out) {
        out.writeInt(windowSize).writeByte(limitType.ordinal());
    }
}
