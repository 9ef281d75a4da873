package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.netty.util.collection.IntObjectHashMap;
import io.netty.util.collection.IntObjectMap;

import java.util.List;

/**
 * Splits written {@link RtmpMessage}s into chunks. Per chunk stream it uses a type 0 header for
 * the first message and after a message stream change or a timestamp going back, and the compressed
 * types 1, 2 and 3 otherwise; continuation chunks use type 3, repeating the extended timestamp when
 * the message has one. Writing a Set Chunk Size message changes the chunk size for every later
 * message (the default is 128; a server should raise it to 4096 or more before sending media).
 *
 * <p>Payloads are never copied past {@value #COPY_THRESHOLD} bytes: the output is then a composite of
 * header slices and retained slices of the payload, read by absolute index, so one payload may be
 * written to many channels at once. Keep shared payloads in direct buffers: the NIO and epoll
 * transports copy any heap buffer they are given into a direct one, once per channel. One instance
 * per channel.
 */
public final class ChunkEncoder extends MessageToMessageEncoder<RtmpMessage> {

    /** Payloads up to this size are copied next to their headers: cheaper than a composite. */
    static final int COPY_THRESHOLD = 1024;

    private static final int MAX_MESSAGE_LENGTH = 0xFFFFFF;

    private final IntObjectMap<OutboundChunkStream> streams = new IntObjectHashMap<>();
    private int chunkSize = ChunkHeaders.DEFAULT_CHUNK_SIZE;

    public ChunkEncoder() {
        super(RtmpMessage.class);
    }

    /** The chunk size this side writes with. */
    public int chunkSize() {
        return chunkSize;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, RtmpMessage message, List<Object> out) {
        int length = message.length();
        if (length > MAX_MESSAGE_LENGTH) {
            throw new EncoderException("RTMP message of " + length + " bytes exceeds 16 MiB - 1");
        }
        OutboundChunkStream stream = streams.get(message.chunkStreamId());
        if (stream == null) {
            stream = new OutboundChunkStream();
            streams.put(message.chunkStreamId(), stream);
        }
        int fmt = stream.headerType(message);
        int value = stream.timestampValue(fmt, message);
        ChunkWriter writer = new ChunkWriter(message, fmt, value, stream.extended(fmt, value), chunkSize);
        out.add(length <= COPY_THRESHOLD ? writer.copied(ctx.alloc()) : writer.composite(ctx.alloc()));
        stream.sent(fmt, message, value);
        if (message.type() == MessageType.SET_CHUNK_SIZE && length >= 4) {
            int size = message.content().getInt(message.content().readerIndex());
            if (size < 1) {
                throw new EncoderException("invalid chunk size " + Integer.toUnsignedString(size));
            }
            chunkSize = size;
        }
    }

    /** Lays out the chunks of one message. */
    private static final class ChunkWriter {

        private final RtmpMessage message;
        private final int fmt;
        private final int value;
        private final boolean extended;
        private final int chunkSize;
        private final int chunks;

        ChunkWriter(RtmpMessage message, int fmt, int value, boolean extended, int chunkSize) {
            this.message = message;
            this.fmt = fmt;
            this.value = value;
            this.extended = extended;
            this.chunkSize = chunkSize;
            int length = message.length();
            this.chunks = length == 0 ? 1 : (int) ((length + (long) chunkSize - 1) / chunkSize);
        }

        ByteBuf copied(ByteBufAllocator alloc) {
            ByteBuf payload = message.content();
            ByteBuf buf = alloc.ioBuffer(headerBytes() + payload.readableBytes());
            for (int i = 0; i < chunks; i++) {
                writeHeader(buf, i);
                buf.writeBytes(payload, payload.readerIndex() + i * chunkSize, chunkLength(i));
            }
            return buf;
        }

        ByteBuf composite(ByteBufAllocator alloc) {
            ByteBuf payload = message.content();
            ByteBuf headers = alloc.ioBuffer(headerBytes());
            CompositeByteBuf composite = alloc.compositeBuffer(chunks * 2);
            try {
                for (int i = 0; i < chunks; i++) {
                    int start = headers.writerIndex();
                    writeHeader(headers, i);
                    composite.addComponent(true, headers.retainedSlice(start, headers.writerIndex() - start));
                    composite.addComponent(true, payload.retainedSlice(payload.readerIndex() + i * chunkSize, chunkLength(i)));
                }
                return composite;
            } catch (RuntimeException e) {
                composite.release();
                throw e;
            } finally {
                headers.release();
            }
        }

        private int chunkLength(int index) {
            return Math.min(chunkSize, message.length() - index * chunkSize);
        }

        private int headerBytes() {
            int basic = ChunkHeaders.basicHeaderLength(message.chunkStreamId());
            int extendedBytes = extended ? ChunkHeaders.EXTENDED_TIMESTAMP_LENGTH : 0;
            return basic + ChunkHeaders.messageHeaderLength(fmt) + extendedBytes + (chunks - 1) * (basic + extendedBytes);
        }

        private void writeHeader(ByteBuf out, int index) {
            int type = index == 0 ? fmt : 3;
            writeBasicHeader(out, type, message.chunkStreamId());
            if (type < 3) {
                out.writeMedium(extended ? ChunkHeaders.EXTENDED_TIMESTAMP : value);
            }
            if (type < 2) {
                out.writeMedium(message.length());
                out.writeByte(message.typeId());
            }
            if (type == 0) {
                out.writeIntLE(message.streamId());
            }
            if (extended) {
                out.writeInt(value);
            }
        }

        private static void writeBasicHeader(ByteBuf out, int fmt, int csid) {
            switch (ChunkHeaders.basicHeaderLength(csid)) {
                case 1 -> out.writeByte(fmt << 6 | csid);
                case 2 -> out.writeByte(fmt << 6).writeByte(csid - 64);
                default -> out.writeByte(fmt << 6 | 1).writeShortLE(csid - 64);
            }
        }
    }
}
