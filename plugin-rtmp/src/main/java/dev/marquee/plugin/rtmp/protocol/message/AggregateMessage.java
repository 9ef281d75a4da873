package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;

import java.util.ArrayList;
import java.util.List;

/**
 * Aggregate Message (type 22): several audio, video or data messages in one, each laid out like
 * an FLV tag: type (1 byte), payload size (3), timestamp (3, then 1 more significant byte), stream
 * id (3), the payload, then a 4-byte back pointer. The sub-messages take the aggregate's chunk
 * stream and message stream, and timestamps shifted so the first equals the aggregate's.
 */
public final class AggregateMessage {

    private static final int TAG_HEADER = 11;
    private static final int BACK_POINTER = 4;

    private AggregateMessage() {
    }

    /**
     * The sub-messages, whose payloads are retained slices of the aggregate's (no copy); the caller
     * owns them, and still owns {@code aggregate}. Malformed layout is a {@link CorruptedFrameException}.
     */
    public static List<RtmpMessage> split(RtmpMessage aggregate) {
        ByteBuf body = aggregate.content();
        int offset = body.readerIndex();
        int end = body.writerIndex();
        List<RtmpMessage> messages = new ArrayList<>();
        int firstTimestamp = 0;
        try {
            while (offset < end) {
                if (end - offset < TAG_HEADER) {
                    throw new CorruptedFrameException("aggregate message: truncated sub-message header");
                }
                int typeId = body.getUnsignedByte(offset);
                int size = body.getUnsignedMedium(offset + 1);
                int timestamp = body.getUnsignedMedium(offset + 4) | (body.getUnsignedByte(offset + 7) << 24);
                if (typeId == MessageType.AGGREGATE.id() || size > end - offset - TAG_HEADER) {
                    throw new CorruptedFrameException("aggregate message: bad sub-message of type " + typeId
                            + " and size " + size);
                }
                if (messages.isEmpty()) {
                    firstTimestamp = timestamp;
                }
                ByteBuf payload = body.retainedSlice(offset + TAG_HEADER, size);
                messages.add(new RtmpMessage(aggregate.chunkStreamId(),
                        aggregate.timestamp() + (timestamp - firstTimestamp), typeId, aggregate.streamId(), payload));
                offset = Math.min(end, offset + TAG_HEADER + size + BACK_POINTER);
            }
            return messages;
        } catch (RuntimeException e) {
            messages.forEach(RtmpMessage::release);
            throw e;
        }
    }
}
