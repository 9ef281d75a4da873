package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * One complete RTMP message: the header fields and the payload. The payload is reference counted
 * like any Netty message: whoever receives an {@code RtmpMessage} releases it (or passes it on).
 *
 * <p>To send one payload to many channels (a video frame to every viewer), give each channel its
 * own message over the shared bytes with {@link #withHeader} or
 * {@code new RtmpMessage(..., payload.retainedDuplicate())}; the chunk encoder reads the payload by
 * absolute index and never moves a shared buffer's reader index.
 */
public final class RtmpMessage extends DefaultByteBufHolder {

    private final int chunkStreamId;
    private final int timestamp;
    private final int typeId;
    private final int streamId;

    /**
     * @param chunkStreamId 2 to 65599, see {@link ChunkStreamIds}
     * @param timestamp absolute time in milliseconds, 32 bits unsigned (it wraps after 49.7 days)
     * @param typeId the message type id, 0 to 255 (see {@link MessageType})
     * @param streamId the message stream id: 0 for the connection, else the id createStream gave
     * @param payload the message body; this message takes over the caller's reference
     */
    public RtmpMessage(int chunkStreamId, int timestamp, int typeId, int streamId, ByteBuf payload) {
        super(payload);
        if (chunkStreamId < ChunkStreamIds.MIN || chunkStreamId > ChunkStreamIds.MAX) {
            throw new IllegalArgumentException("chunk stream id out of range: " + chunkStreamId);
        }
        if (typeId < 0 || typeId > 0xFF) {
            throw new IllegalArgumentException("message type id out of range: " + typeId);
        }
        this.chunkStreamId = chunkStreamId;
        this.timestamp = timestamp;
        this.typeId = typeId;
        this.streamId = streamId;
    }

    public RtmpMessage(int chunkStreamId, int timestamp, MessageType type, int streamId, ByteBuf payload) {
        this(chunkStreamId, timestamp, type.id(), streamId, payload);
    }

    public int chunkStreamId() {
        return chunkStreamId;
    }

    /** Absolute timestamp in milliseconds; compare with {@link Integer#compareUnsigned}. */
    public int timestamp() {
        return timestamp;
    }

    public int typeId() {
        return typeId;
    }

    /** The message type, or {@code null} if the type id is not one RTMP defines. */
    public MessageType type() {
        return MessageType.fromId(typeId);
    }

    public int streamId() {
        return streamId;
    }

    /** The payload length in bytes. */
    public int length() {
        return content().readableBytes();
    }

    /**
     * A new message over the same payload bytes (a retained duplicate) with another header, for
     * fan-out to other channels. This message keeps its own reference.
     */
    public RtmpMessage withHeader(int chunkStreamId, int timestamp, int streamId) {
        return new RtmpMessage(chunkStreamId, timestamp, typeId, streamId, content().retainedDuplicate());
    }

    @Override
    public RtmpMessage replace(ByteBuf content) {
        return new RtmpMessage(chunkStreamId, timestamp, typeId, streamId, content);
    }

    @Override
    public RtmpMessage copy() {
        return (RtmpMessage) super.copy();
    }

    @Override
    public RtmpMessage duplicate() {
        return (RtmpMessage) super.duplicate();
    }

    @Override
    public RtmpMessage retainedDuplicate() {
        return (RtmpMessage) super.retainedDuplicate();
    }

    @Override
    public RtmpMessage retain() {
        super.retain();
        return this;
    }

    @Override
    public RtmpMessage retain(int increment) {
        super.retain(increment);
        return this;
    }

    @Override
    public RtmpMessage touch() {
        super.touch();
        return this;
    }

    @Override
    public RtmpMessage touch(Object hint) {
        super.touch(hint);
        return this;
    }

    @Override
    public String toString() {
        MessageType type = type();
        return "RtmpMessage(csid=" + chunkStreamId + ", timestamp=" + Integer.toUnsignedString(timestamp)
                + ", type=" + (type != null ? type : typeId) + ", stream=" + streamId + ", length="
                + (refCnt() > 0 ? length() : "released") + ")";
    }
}
