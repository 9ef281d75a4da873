package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.drain;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.filled;
import static dev.marquee.plugin.rtmp.protocol.chunk.ChunkFixtures.SPEC_EXAMPLE_AUDIO;
import static dev.marquee.plugin.rtmp.protocol.chunk.ChunkFixtures.SPEC_EXAMPLE_VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

class ChunkEncoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new ChunkEncoder());

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @Test
    void writesTheSpecificationsAudioExample() {
        byte[] written = bytes(
                encode(message(3, 1000, 8, 12345, filled(32, 0xA1))),
                encode(message(3, 1020, 8, 12345, filled(32, 0xA2))),
                encode(message(3, 1040, 8, 12345, filled(32, 0xA3))),
                encode(message(3, 1060, 8, 12345, filled(32, 0xA4))));

        assertThat(written).isEqualTo(SPEC_EXAMPLE_AUDIO);
    }

    @Test
    void writesTheSpecificationsVideoExample() {
        RtmpMessage video = message(4, 1000, 9, 12346, bytes(filled(128, 0xB1), filled(128, 0xB2), filled(51, 0xB3)));

        assertThat(encode(video)).isEqualTo(SPEC_EXAMPLE_VIDEO);
        assertThat(video.refCnt()).isZero();
    }

    @Test
    void picksTheSmallestUnambiguousHeader() {
        assertThat(headerType(message(6, 100, 9, 1, filled(10, 0)))).as("first on the chunk stream").isZero();
        assertThat(headerType(message(6, 140, 9, 1, filled(20, 0)))).as("new length").isEqualTo(1);
        assertThat(headerType(message(6, 160, 9, 1, filled(20, 0)))).as("new delta").isEqualTo(2);
        assertThat(headerType(message(6, 180, 9, 1, filled(20, 0)))).as("same delta again").isEqualTo(3);
        assertThat(headerType(message(6, 180, 8, 1, filled(20, 0)))).as("new type").isEqualTo(1);
        assertThat(headerType(message(6, 170, 8, 1, filled(20, 0)))).as("timestamp back").isZero();
        assertThat(headerType(message(6, 170, 8, 1, filled(20, 0)))).as("no type 3 right after type 0").isEqualTo(2);
        assertThat(headerType(message(6, 170, 8, 2, filled(20, 0)))).as("other message stream").isZero();
    }

    @Test
    void repeatsTheExtendedTimestampOnContinuationChunks() {
        byte[] written = encode(message(5, 0x01000000, 9, 1, filled(200, 7)));

        assertThat(written).isEqualTo(bytes(
                "05 FFFFFF 0000C8 09 01000000 01000000", filled(128, 7),
                "C5 01000000", filled(72, 7)));
    }

    @Test
    void writesThreeByteBasicHeaders() {
        assertThat(encode(message(320, 0, 8, 0, bytes("AA")))).isEqualTo(bytes("01 0001 000000 000001 08 00000000 AA"));
        assertThat(encode(message(100, 0, 8, 0, bytes("BB")))).isEqualTo(bytes("00 24 000000 000001 08 00000000 BB"));
    }

    @Test
    void usesTheChunkSizeItWroteForLaterMessages() {
        ByteBuf setChunkSize = drainOne(new SetChunkSize(256).toRtmpMessage(ByteBufAllocator.DEFAULT));
        assertThat(TestBytes.drain(setChunkSize)).isEqualTo(bytes("02 000000 000004 01 00000000 00000100"));

        assertThat(encode(message(4, 0, 9, 1, filled(300, 1))))
                .isEqualTo(bytes("04 000000 00012C 09 01000000", filled(256, 1), "C4", filled(44, 1)));
        assertThat(channel.pipeline().get(ChunkEncoder.class).chunkSize()).isEqualTo(256);
    }

    @Test
    void sharesLargePayloadsWithoutCopyingOrMovingThem() {
        ByteBuf shared = Unpooled.wrappedBuffer(filled(5000, 9));

        ByteBuf first = drainOne(new RtmpMessage(6, 0, 9, 1, shared.retainedDuplicate()));
        ByteBuf second = drainOne(new RtmpMessage(6, 40, 9, 1, shared.retainedDuplicate()));

        assertThat(first).isInstanceOf(CompositeByteBuf.class);
        assertThat(((CompositeByteBuf) first).numComponents()).isEqualTo(2 * 40);
        assertThat(shared.readerIndex()).isZero();
        assertThat(shared.refCnt()).isGreaterThan(1);
        drain(first);
        drain(second);
        assertThat(shared.refCnt()).isEqualTo(1);
        shared.release();
    }

    @Test
    void writesAnEmptyMessageAsOneHeader() {
        assertThat(encode(message(3, 0, 20, 0, new byte[0]))).isEqualTo(bytes("03 000000 000000 14 00000000"));
    }

    private int headerType(RtmpMessage message) {
        return (encode(message)[0] & 0xFF) >>> 6;
    }

    private byte[] encode(RtmpMessage message) {
        return drain(drainOne(message));
    }

    private ByteBuf drainOne(RtmpMessage message) {
        channel.writeOutbound(message);
        ByteBuf out = channel.readOutbound();
        assertThat((Object) channel.readOutbound()).isNull();
        return out;
    }

    private static RtmpMessage message(int csid, int timestamp, int typeId, int streamId, byte[] payload) {
        return new RtmpMessage(csid, timestamp, typeId, streamId, Unpooled.wrappedBuffer(payload));
    }
}
