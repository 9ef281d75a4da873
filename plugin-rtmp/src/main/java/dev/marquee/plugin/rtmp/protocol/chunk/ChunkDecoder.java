package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.message.Acknowledgement;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.collection.IntObjectHashMap;
import io.netty.util.collection.IntObjectMap;

import java.util.List;

import static dev.marquee.plugin.rtmp.protocol.chunk.ChunkHeaders.EXTENDED_TIMESTAMP;
import static dev.marquee.plugin.rtmp.protocol.chunk.ChunkHeaders.EXTENDED_TIMESTAMP_LENGTH;

/**
 * Reassembles the peer's chunk stream into complete {@link RtmpMessage}s (which the next handler
 * must release). It handles the three basic header forms (chunk stream ids 2 to 65599), message
 * header types 0 to 3, extended timestamps (repeated on type 3 chunks after a header that had one),
 * timestamp deltas and interleaved chunk streams. It applies the peer's protocol control messages
 * itself before passing them on: Set Chunk Size for the chunks that follow, Abort to drop a partial
 * message, Window Acknowledgement Size to send an {@link Acknowledgement} through the channel's
 * outbound pipeline each time that many bytes have been received.
 *
 * <p>Its {@link ChunkLimits} bound what a peer can make it hold: each message's length, the number of
 * chunk streams, the chunk size, and the bytes of all unfinished messages together. A message's whole
 * announced length counts against that budget from its first chunk until it is complete or aborted,
 * so a peer cannot park many large half-sent messages; the session raises the budget with {@link
 * #maxUnfinishedBytes(int)} once a publisher is accepted. It hands on one message per {@code decode}
 * call, so what the session does with a message (such as raising the budget) applies to the next one.
 *
 * <p>A violation (a header type 1 to 3 opening a chunk stream, a new header before a message is
 * complete, a bad control message) or a limit passed ({@link ChunkLimitException}) moves the decoder
 * to a state that discards all further input, fires a {@link ChunkException} and closes the
 * connection, releasing every partial message. One instance per channel, confined to its event loop.
 */
public final class ChunkDecoder extends ByteToMessageDecoder {

    private enum State { READ_HEADER, READ_PAYLOAD, BAD_MESSAGE }

    private final int maxMessageSize;
    private final int maxChunkStreams;
    private final int maxChunkSize;
    private int maxUnfinishedBytes;
    /** The announced lengths of the messages in progress, added up. */
    private long unfinishedBytes;
    private final IntObjectMap<InboundChunkStream> streams = new IntObjectHashMap<>();
    private State state = State.READ_HEADER;
    private int chunkSize = ChunkHeaders.DEFAULT_CHUNK_SIZE;
    private InboundChunkStream current;
    private int chunkRemaining;
    private final AcknowledgementWindow window = new AcknowledgementWindow();

    /** A decoder with {@link ChunkLimits#DEFAULTS}. */
    public ChunkDecoder() {
        this(ChunkLimits.DEFAULTS);
    }

    /**
     * @param maxMessageSize the largest message length accepted, in bytes
     * @param maxChunkStreams how many chunk stream ids the peer may use
     */
    public ChunkDecoder(int maxMessageSize, int maxChunkStreams) {
        this(new ChunkLimits(maxMessageSize, maxChunkStreams, ChunkLimits.DEFAULT_MAX_CHUNK_SIZE,
                Math.max(maxMessageSize, ChunkLimits.DEFAULT_MAX_UNFINISHED_BYTES)));
    }

    public ChunkDecoder(ChunkLimits limits) {
        this.maxMessageSize = limits.maxMessageSize();
        this.maxChunkStreams = limits.maxChunkStreams();
        this.maxChunkSize = limits.maxChunkSize();
        this.maxUnfinishedBytes = limits.maxUnfinishedBytes();
    }

    /** The peer's current chunk size. */
    public int chunkSize() {
        return chunkSize;
    }

    /**
     * Changes the budget for unfinished messages; messages already in progress keep their place, the
     * next message that does not fit fails. Call on the channel's event loop.
     */
    public void maxUnfinishedBytes(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("budget must be positive: " + bytes);
        }
        maxUnfinishedBytes = bytes;
    }

    /** The budget for unfinished messages now. */
    public int maxUnfinishedBytes() {
        return maxUnfinishedBytes;
    }

    /** The announced lengths of the messages in progress, added up: what counts against the budget. */
    public long unfinishedBytes() {
        return unfinishedBytes;
    }

    /** Bytes received by this decoder so far (what an Acknowledgement reports). */
    public long bytesReceived() {
        return window.received();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof ByteBuf buf) {
            window.received(buf.readableBytes());
        }
        super.channelRead(ctx, msg);
        // a peer that does not read lets unsent acknowledgements pile up: skip them, the next one counts all
        if (window.due() && ctx.channel().isActive() && ctx.channel().isWritable()) {
            Acknowledgement ack = window.acknowledge();
            ctx.channel().writeAndFlush(ack.toRtmpMessage(ctx.alloc()));
        }
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        try {
            while (true) {
                if (state == State.BAD_MESSAGE) {
                    in.skipBytes(in.readableBytes());
                    return;
                }
                if (state == State.READ_HEADER) {
                    if (!readHeader(ctx, in)) {
                        return;
                    }
                    state = State.READ_PAYLOAD;
                }
                int bytes = Math.min(chunkRemaining, in.readableBytes());
                current.append(in, bytes);
                chunkRemaining -= bytes;
                if (chunkRemaining > 0) {
                    return;
                }
                state = State.READ_HEADER;
                if (current.remaining() == 0) {
                    out.add(completeMessage());
                    return; // one message per call: the session sees it before the next is read
                }
            }
        } catch (ChunkException e) {
            state = State.BAD_MESSAGE;
            in.skipBytes(in.readableBytes());
            releaseStreams();
            throw e;
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (state == State.BAD_MESSAGE) {
            ctx.fireExceptionCaught(cause);
            ctx.close();
        } else {
            super.exceptionCaught(ctx, cause);
        }
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        releaseStreams();
    }

    /** Parses one chunk header if all of it is readable; consumes nothing otherwise. */
    private boolean readHeader(ChannelHandlerContext ctx, ByteBuf in) {
        int readable = in.readableBytes();
        if (readable < 1) {
            return false;
        }
        int start = in.readerIndex();
        int first = in.getUnsignedByte(start);
        int fmt = first >>> 6;
        int basicLength = switch (first & 0x3F) {
            case 0 -> 2;
            case 1 -> 3;
            default -> 1;
        };
        int headerLength = basicLength + ChunkHeaders.messageHeaderLength(fmt);
        if (readable < headerLength) {
            return false;
        }
        int csid = switch (basicLength) {
            case 1 -> first & 0x3F;
            case 2 -> 64 + in.getUnsignedByte(start + 1);
            default -> 64 + in.getUnsignedByte(start + 1) + (in.getUnsignedByte(start + 2) << 8);
        };
        InboundChunkStream stream = streams.get(csid);
        if (stream == null && fmt != 0) {
            throw new ChunkException("chunk stream " + csid + " opened with a type " + fmt + " header");
        }
        boolean extended = fmt < 3 ? in.getUnsignedMedium(start + basicLength) == EXTENDED_TIMESTAMP : stream.extended;
        if (readable < headerLength + (extended ? EXTENDED_TIMESTAMP_LENGTH : 0)) {
            return false;
        }
        if (stream == null) {
            stream = openStream(csid);
        } else if (fmt < 3 && stream.inProgress()) {
            throw new ChunkException("type " + fmt + " header on chunk stream " + csid + " inside a message");
        }
        in.skipBytes(basicLength);
        readMessageHeader(in, fmt, stream, extended);
        if (!stream.inProgress()) {
            reserve(stream);
            stream.begin(ctx.alloc());
        }
        current = stream;
        chunkRemaining = Math.min(chunkSize, stream.remaining());
        return true;
    }

    private void readMessageHeader(ByteBuf in, int fmt, InboundChunkStream stream, boolean extended) {
        int field = fmt < 3 ? in.readUnsignedMedium() : 0;
        if (fmt <= 1) {
            stream.length = in.readUnsignedMedium();
            stream.typeId = in.readUnsignedByte();
            if (stream.length > maxMessageSize) {
                throw new ChunkLimitException("message of " + stream.length + " bytes exceeds " + maxMessageSize);
            }
        }
        if (fmt == 0) {
            stream.streamId = in.readIntLE();
        }
        int value = extended ? in.readInt() : field;
        if (fmt < 3) {
            stream.extended = extended;
            stream.timestampDelta = value;
            stream.timestamp = fmt == 0 ? value : stream.timestamp + value;
        } else if (!stream.inProgress()) {
            // a type 3 chunk opening a message repeats the previous delta; a continuation changes nothing
            if (extended) {
                stream.timestampDelta = value;
            }
            stream.timestamp += stream.timestampDelta;
        }
    }

    private InboundChunkStream openStream(int csid) {
        if (streams.size() >= maxChunkStreams) {
            throw new ChunkLimitException("more than " + maxChunkStreams + " chunk streams");
        }
        InboundChunkStream stream = new InboundChunkStream(csid);
        streams.put(csid, stream);
        return stream;
    }

    /** Counts a message's whole length against the budget as its first chunk arrives. */
    private void reserve(InboundChunkStream stream) {
        if (unfinishedBytes + stream.length > maxUnfinishedBytes) {
            throw new ChunkLimitException("a message of " + stream.length + " bytes on chunk stream "
                    + stream.chunkStreamId + " with " + unfinishedBytes + " bytes of unfinished messages exceeds "
                    + maxUnfinishedBytes);
        }
        unfinishedBytes += stream.length;
    }

    private void discard(InboundChunkStream stream) {
        if (stream.inProgress()) {
            unfinishedBytes -= stream.length;
            stream.discard();
        }
    }

    private RtmpMessage completeMessage() {
        unfinishedBytes -= current.length;
        RtmpMessage message = current.complete();
        try {
            applyControl(message);
        } catch (ChunkException e) {
            message.release();
            throw e;
        }
        return message;
    }

    private void applyControl(RtmpMessage message) {
        MessageType type = message.type();
        if (type == MessageType.SET_CHUNK_SIZE) {
            int size = controlValue(message);
            if (size < 1) {
                throw new ChunkException("invalid chunk size " + Integer.toUnsignedString(size));
            }
            if (size > maxChunkSize) {
                throw new ChunkLimitException("chunk size " + size + " exceeds " + maxChunkSize);
            }
            chunkSize = size;
        } else if (type == MessageType.ABORT) {
            InboundChunkStream aborted = streams.get(controlValue(message));
            if (aborted != null) {
                discard(aborted);
            }
        } else if (type == MessageType.WINDOW_ACK_SIZE) {
            window.size(controlValue(message));
        }
    }

    private static int controlValue(RtmpMessage message) {
        ByteBuf payload = message.content();
        if (payload.readableBytes() < 4) {
            throw new ChunkException(message.type() + " with a " + payload.readableBytes() + "-byte payload");
        }
        return payload.getInt(payload.readerIndex());
    }

    private void releaseStreams() {
        for (InboundChunkStream stream : streams.values()) {
            discard(stream);
        }
    }
}
