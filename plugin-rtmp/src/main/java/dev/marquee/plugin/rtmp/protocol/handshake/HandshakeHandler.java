package dev.marquee.plugin.rtmp.protocol.handshake;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The server side of the plain RTMP handshake. It reads C0 (version 3; anything else fails with
 * a {@link HandshakeException} and closes the connection) and C1 (1536 bytes), answers S0, S1 (a
 * time, four zero bytes, 1528 random bytes) and S2 (C1 echoed) in one write, then reads C2. It
 * then fires {@link HandshakeCompleted} and removes itself, handing any bytes that followed C2 in
 * the same read to the next handler (the chunk decoder).
 *
 * <p>It must be the first RTMP handler (its writes go straight to the socket). It has no timer of
 * its own: the server puts a deadline in front of it (Marquee's counts from accept to publish or play,
 * {@link #RECOMMENDED_TIMEOUT} by default), so a peer that stalls mid-handshake is dropped.
 * One instance per channel.
 */
public final class HandshakeHandler extends ByteToMessageDecoder {

    public static final int RTMP_VERSION = 3;
    /** The size of C1, S1, C2 and S2. */
    public static final int PACKET_SIZE = 1536;
    /** How long a connecting peer may take over the handshake (and, sensibly, over connect). */
    public static final Duration RECOMMENDED_TIMEOUT = Duration.ofSeconds(10);

    private static final int TIME_AND_ZERO = 8;

    private enum State { READ_C0_C1, READ_C2, DONE, FAILED }

    private final long startNanos = System.nanoTime();
    private State state = State.READ_C0_C1;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        switch (state) {
            case READ_C0_C1 -> readC0C1(ctx, in);
            case READ_C2 -> readC2(ctx, in);
            default -> in.skipBytes(in.readableBytes());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (state == State.FAILED) {
            ctx.fireExceptionCaught(cause);
            ctx.close();
        } else {
            super.exceptionCaught(ctx, cause);
        }
    }

    private void readC0C1(ChannelHandlerContext ctx, ByteBuf in) {
        if (!in.isReadable()) {
            return;
        }
        int version = in.getUnsignedByte(in.readerIndex());
        if (version != RTMP_VERSION) {
            state = State.FAILED;
            in.skipBytes(in.readableBytes());
            throw new HandshakeException("unsupported RTMP version " + version + " (only plain RTMP, version 3)");
        }
        if (in.readableBytes() < 1 + PACKET_SIZE) {
            return;
        }
        in.skipBytes(1);
        ByteBuf reply = ctx.alloc().buffer(1 + 2 * PACKET_SIZE);
        reply.writeByte(RTMP_VERSION);
        reply.writeInt(uptimeMillis()).writeInt(0);
        byte[] random = new byte[PACKET_SIZE - TIME_AND_ZERO];
        ThreadLocalRandom.current().nextBytes(random);
        reply.writeBytes(random);
        reply.writeBytes(in, PACKET_SIZE); // S2 echoes C1
        ctx.writeAndFlush(reply);
        state = State.READ_C2;
        readC2(ctx, in);
    }

    private void readC2(ChannelHandlerContext ctx, ByteBuf in) {
        if (in.readableBytes() < PACKET_SIZE) {
            return;
        }
        in.skipBytes(PACKET_SIZE); // C2 should echo S1; clients with digest handshakes differ, so it is not checked
        state = State.DONE;
        ctx.fireUserEventTriggered(HandshakeCompleted.INSTANCE);
        ctx.pipeline().remove(this);
    }

    private int uptimeMillis() {
        return (int) ((System.nanoTime() - startNanos) / 1_000_000);
    }
}
