package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import dev.marquee.plugin.rtmp.protocol.TrackingAllocator;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.buf;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoder's limits: the chunk size a peer may set, and the budget for unfinished messages. */
class ChunkDecoderLimitsTest {

    private static final ChunkLimits SMALL = new ChunkLimits(100_000, 8, 4096, 1000);

    private final TrackingAllocator allocator = new TrackingAllocator();
    private final ChunkDecoder decoder = new ChunkDecoder(SMALL);
    private final EmbeddedChannel channel = new EmbeddedChannel();

    {
        channel.config().setAllocator(allocator);
        channel.pipeline().addLast(decoder);
    }

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @AfterEach
    void released() {
        channel.finishAndReleaseAll();
        assertThat(allocator.unreleased()).isEmpty();
    }

    @Test
    void aChunkSizeUpToTheLimitIsApplied() {
        channel.writeInbound(buf("02 000000 000004 01 00000000 00001000"));

        assertThat(decoder.chunkSize()).isEqualTo(4096);
        ChunkDecoderTest.readAll(channel);
    }

    @Test
    void aChunkSizeOverTheLimitClosesTheConnection() {
        assertThatThrownBy(() -> channel.writeInbound(buf("02 000000 000004 01 00000000 00001001")))
                .isInstanceOf(ChunkLimitException.class).hasMessageContaining("chunk size 4097 exceeds 4096");

        assertThat(channel.isOpen()).isFalse();
        assertThat(decoder.chunkSize()).isEqualTo(128);
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void unfinishedMessagesCountByTheirAnnouncedLengthUntilTheyComplete() {
        channel.writeInbound(buf("04 000000 000258 09 01000000", filled(128, 1))); // 600 bytes, 128 sent
        assertThat(decoder.unfinishedBytes()).isEqualTo(600);

        channel.writeInbound(buf("05 000000 00012C 08 01000000", filled(128, 2))); // 300 more: 900 <= 1000
        assertThat(decoder.unfinishedBytes()).isEqualTo(900);

        channel.writeInbound(buf("C5", filled(128, 2), "C5", filled(44, 2)));
        assertThat(decoder.unfinishedBytes()).isEqualTo(600);
        assertThat(ChunkDecoderTest.readAll(channel)).hasSize(1);
    }

    @Test
    void theMessageThatWouldPassTheBudgetClosesTheConnectionAndFreesThePartialOnes() {
        channel.writeInbound(buf("04 000000 000258 09 01000000", filled(128, 1)));

        assertThatThrownBy(() -> channel.writeInbound(buf("05 000000 0001F4 08 01000000", filled(128, 2))))
                .isInstanceOf(ChunkLimitException.class).hasMessageContaining("exceeds 1000");

        assertThat(channel.isOpen()).isFalse();
        assertThat(decoder.unfinishedBytes()).isZero();
    }

    @Test
    void anAbortGivesTheReservedBytesBack() {
        channel.writeInbound(buf("04 000000 000258 09 01000000", filled(128, 1)));
        channel.writeInbound(buf("02 000000 000004 02 00000000 00000004"));

        assertThat(decoder.unfinishedBytes()).isZero();
        channel.writeInbound(buf("05 000000 0003E8 08 01000000", filled(128, 2)));
        assertThat(decoder.unfinishedBytes()).isEqualTo(1000);
        ChunkDecoderTest.readAll(channel);
    }

    @Test
    void aRaisedBudgetAppliesToTheVeryNextMessageInTheSameRead() {
        // a handler that raises the budget when it sees the first message, as the session does on publish
        channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                decoder.maxUnfinishedBytes(50_000);
                ctx.fireChannelRead(msg);
            }
        });
        ByteBuf both = buf("03 000000 000001 14 00000000 05", "06 000000 002710 09 01000000", filled(128, 1));

        channel.writeInbound(both);

        assertThat(channel.isOpen()).isTrue();
        assertThat(decoder.unfinishedBytes()).isEqualTo(10_000);
        RtmpMessage first = channel.readInbound();
        first.release();
    }
}
