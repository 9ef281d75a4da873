package dev.marquee.plugin.rtmp.protocol.handshake;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The client side of the plain RTMP handshake, for Marquee pushing a stream to another server. When the
 * connection opens it writes C0 (version 3) and C1 (a time, four zero bytes, 1528 random bytes); it reads
 * S0 (version 3, else a {@link HandshakeException}), S1 and S2, answers C2 (S1 echoed), fires
 * {@link HandshakeCompleted} and removes itself, handing any bytes after S2 to the chunk decoder. Like
 * the server side it has no timer: the owner of the connection puts a deadline on it. One instance per
 * channel.
 */
public final class ClientHandshakeHandler extends ByteToMessageDecoder {

    private static final int TIME_AND_ZERO = 8;

    private final long startNanos = System.nanoTime();
    private boolean done;

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        ctx.writeAndFlush(c0c1(ctx));
        super.channelActive(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (done || !in.isReadable()) {
            return;
        }
        int version = in.getUnsignedByte(in.readerIndex());
        if (version != HandshakeHandler.RTMP_VERSION) {
            done = true;
            in.skipBytes(in.readableBytes());
            throw new HandshakeException("the server answered RTMP version " + version + ", not 3");
        }
        if (in.readableBytes() < 1 + 2 * HandshakeHandler.PACKET_SIZE) {
            return;
        }
        in.skipBytes(1);
        ByteBuf c2 = ctx.alloc().buffer(HandshakeHandler.PACKET_SIZE);
        c2.writeBytes(in, HandshakeHandler.PACKET_SIZE); // C2 echoes S1
        in.skipBytes(HandshakeHandler.PACKET_SIZE); // S2 should echo C1; servers with digest handshakes differ
        ctx.writeAndFlush(c2);
        done = true;
        ctx.fireUserEventTriggered(HandshakeCompleted.INSTANCE);
        ctx.pipeline().remove(this);
    }

    private ByteBuf c0c1(ChannelHandlerContext ctx) {
        ByteBuf c0c1 = ctx.alloc().buffer(1 + HandshakeHandler.PACKET_SIZE);
        c0c1.writeByte(HandshakeHandler.RTMP_VERSION);
        c0c1.writeInt((int) ((System.nanoTime() - startNanos) / 1_000_000)).writeInt(0);
        byte[] random = new byte[HandshakeHandler.PACKET_SIZE - TIME_AND_ZERO];
        ThreadLocalRandom.current().nextBytes(random);
        return c0c1.writeBytes(random);
    }
}
