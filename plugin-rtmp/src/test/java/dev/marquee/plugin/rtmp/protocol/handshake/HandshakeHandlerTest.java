package dev.marquee.plugin.rtmp.protocol.handshake;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandshakeHandlerTest {

    private final byte[] c1 = randomPacket(1);
    private final byte[] c2 = randomPacket(2);
    private final List<Object> events = new ArrayList<>();

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @Test
    void answersS0S1S2AndHandsOnTheBytesAfterC2() {
        EmbeddedChannel channel = channel();

        channel.writeInbound(TestBytes.buf("03", c1, c2, "0102 03"));

        byte[] reply = drain(channel.readOutbound());
        assertThat(reply).hasSize(1 + 2 * HandshakeHandler.PACKET_SIZE);
        assertThat(reply[0]).isEqualTo((byte) 3);
        assertThat(Arrays.copyOfRange(reply, 5, 9)).containsOnly(0);
        assertThat(Arrays.copyOfRange(reply, 1 + 1536, reply.length)).isEqualTo(c1);
        assertThat(channel.pipeline().get(HandshakeHandler.class)).isNull();
        assertThat(events).containsExactly(HandshakeCompleted.INSTANCE);
        assertThat(drain(channel.readInbound())).isEqualTo(bytes("010203"));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void waitsForC2BeforeCompleting() {
        EmbeddedChannel channel = channel();

        channel.writeInbound(TestBytes.buf("03", c1));
        drain(channel.readOutbound());
        assertThat(events).isEmpty();
        assertThat(channel.pipeline().get(HandshakeHandler.class)).isNotNull();

        channel.writeInbound(TestBytes.buf(c2));
        assertThat(events).containsExactly(HandshakeCompleted.INSTANCE);
        assertThat((Object) channel.readInbound()).isNull();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void acceptsTheHandshakeOneByteAtATime() {
        EmbeddedChannel channel = channel();
        byte[] all = bytes("03", c1, c2, "AA");

        for (byte b : all) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }

        byte[] reply = drain(channel.readOutbound());
        assertThat(Arrays.copyOfRange(reply, 1 + 1536, reply.length)).isEqualTo(c1);
        assertThat(events).containsExactly(HandshakeCompleted.INSTANCE);
        assertThat(drain(channel.readInbound())).isEqualTo(bytes("AA"));
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void closesOnAnotherVersion() {
        EmbeddedChannel channel = channel();
        ByteBuf rtmpe = TestBytes.buf("06", c1);

        assertThatThrownBy(() -> channel.writeInbound(rtmpe)).isInstanceOf(HandshakeException.class)
                .hasMessageContaining("version 6");

        assertThat(channel.isOpen()).isFalse();
        assertThat((Object) channel.readOutbound()).isNull();
        assertThat(rtmpe.refCnt()).isZero();
    }

    @Test
    void rejectsATlsClientHelloOnItsFirstByte() {
        EmbeddedChannel channel = channel();

        assertThatThrownBy(() -> channel.writeInbound(TestBytes.buf("16"))).isInstanceOf(HandshakeException.class);
        assertThat(channel.isOpen()).isFalse();
    }

    private EmbeddedChannel channel() {
        return new EmbeddedChannel(new HandshakeHandler(), new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                events.add(evt);
            }
        });
    }

    private static byte[] randomPacket(long seed) {
        byte[] packet = new byte[HandshakeHandler.PACKET_SIZE];
        new Random(seed).nextBytes(packet);
        return packet;
    }
}
