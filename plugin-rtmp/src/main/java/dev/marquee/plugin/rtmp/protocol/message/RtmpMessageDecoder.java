package dev.marquee.plugin.rtmp.protocol.message;

import dev.marquee.plugin.rtmp.protocol.amf.Amf0Reader;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;

import java.util.List;

/**
 * Turns received {@link RtmpMessage}s into {@link TypedMessage}s: the protocol control messages,
 * known user control events, AMF0 and AMF3 commands and AMF0 data. Aggregate messages are split
 * and their parts converted the same way. Audio, video and everything else (shared objects, AMF3
 * data, unknown types) pass on as {@code RtmpMessage}s, which the next handler must release.
 *
 * <p>A message that cannot be read fails with a {@code DecoderException} (the session handler
 * should close the connection). Sits after the {@code ChunkDecoder}; not sharable.
 */
public final class RtmpMessageDecoder extends MessageToMessageDecoder<RtmpMessage> {

    private final Amf0Reader amf;

    public RtmpMessageDecoder() {
        this(new Amf0Reader());
    }

    /** @param amf the reader (and so the limits) used for commands and data */
    public RtmpMessageDecoder(Amf0Reader amf) {
        super(RtmpMessage.class);
        this.amf = amf;
    }

    /**
     * The typed form of {@code message}, or {@code null} if it has none (audio, video, aggregate,
     * unknown). Does not release {@code message}.
     */
    public static TypedMessage toTyped(RtmpMessage message, Amf0Reader amf) {
        MessageType type = message.type();
        if (type == null) {
            return null;
        }
        return switch (type) {
            case SET_CHUNK_SIZE -> SetChunkSize.from(message);
            case ABORT -> Abort.from(message);
            case ACKNOWLEDGEMENT -> Acknowledgement.from(message);
            case USER_CONTROL -> UserControl.from(message);
            case WINDOW_ACK_SIZE -> WindowAckSize.from(message);
            case SET_PEER_BANDWIDTH -> SetPeerBandwidth.from(message);
            case COMMAND_AMF0, COMMAND_AMF3 -> CommandMessage.from(message, amf);
            case DATA_AMF0 -> DataMessage.from(message, amf);
            default -> null;
        };
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, RtmpMessage message, List<Object> out) {
        if (message.type() != MessageType.AGGREGATE) {
            TypedMessage typed = toTyped(message, amf);
            out.add(typed != null ? typed : message.retain());
            return;
        }
        List<RtmpMessage> parts = AggregateMessage.split(message);
        int next = 0;
        try {
            while (next < parts.size()) {
                RtmpMessage part = parts.get(next);
                TypedMessage typed = toTyped(part, amf);
                next++;
                if (typed != null) {
                    part.release();
                    out.add(typed);
                } else {
                    out.add(part);
                }
            }
        } finally {
            for (int i = next; i < parts.size(); i++) {
                parts.get(i).release();
            }
        }
    }
}
