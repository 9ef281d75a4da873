package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.buf;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.filled;
import static dev.marquee.plugin.rtmp.protocol.chunk.ChunkFixtures.SPEC_EXAMPLE_AUDIO;
import static dev.marquee.plugin.rtmp.protocol.chunk.ChunkFixtures.SPEC_EXAMPLE_VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new ChunkDecoder());

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @Test
    void readsTypes0And2And3WithTimestampDeltas() {
        channel.writeInbound(buf(SPEC_EXAMPLE_AUDIO));

        List<Decoded> messages = readAll();
        assertThat(messages).extracting(Decoded::timestamp).containsExactly(1000, 1020, 1040, 1060);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.chunkStreamId).isEqualTo(3);
            assertThat(m.typeId).isEqualTo(8);
            assertThat(m.streamId).isEqualTo(12345);
            assertThat(m.payload).hasSize(32);
        });
        assertThat(messages.get(3).payload).containsOnly(0xA4);
    }

    @Test
    void reassemblesAMessageSplitIntoChunks() {
        channel.writeInbound(buf(SPEC_EXAMPLE_VIDEO));

        Decoded video = readAll().get(0);
        assertThat(video).isEqualTo(new Decoded(4, 1000, 9, 12346,
                bytes(filled(128, 0xB1), filled(128, 0xB2), filled(51, 0xB3))));
    }

    @Test
    void readsAType1HeaderWithANewLengthAndType() {
        channel.writeInbound(buf(SPEC_EXAMPLE_AUDIO, "43 000028 000010 12", filled(16, 0x11)));

        Decoded data = readAll().get(4);
        assertThat(data).isEqualTo(new Decoded(3, 1100, 18, 12345, filled(16, 0x11)));
    }

    @Test
    void readsFfmpegsConnectCommand() {
        channel.writeInbound(buf(ChunkFixtures.FFMPEG_CONNECT));

        Decoded connect = readAll().get(0);
        assertThat(connect.chunkStreamId).isEqualTo(3);
        assertThat(connect.typeId).isEqualTo(MessageType.COMMAND_AMF0.id());
        assertThat(connect.streamId).isZero();
        assertThat(connect.payload).hasSize(140).endsWith(0x00, 0x00, 0x09);
    }

    @Test
    void givesTheSameMessagesWhenFedOneByteAtATime() {
        byte[] all = bytes(SPEC_EXAMPLE_VIDEO, SPEC_EXAMPLE_AUDIO);
        channel.writeInbound(Unpooled.wrappedBuffer(all));
        List<Decoded> whole = readAll();

        EmbeddedChannel bytewise = new EmbeddedChannel(new ChunkDecoder());
        for (byte b : all) {
            bytewise.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }

        assertThat(readAll(bytewise)).isEqualTo(whole).hasSize(5);
    }

    @Test
    void readsExtendedTimestampsIncludingOnType3Chunks() {
        channel.writeInbound(buf(
                "05 FFFFFF 0000C8 09 01000000 01000000", filled(128, 1),
                "C5 01000000", filled(72, 2),
                "85 FFFFFF 01000000", filled(128, 3),
                "C5 01000000", filled(72, 4),
                "C5 01000000", filled(128, 5),
                "C5 01000000", filled(72, 6)));

        List<Decoded> messages = readAll();
        assertThat(messages).extracting(Decoded::timestamp).containsExactly(0x01000000, 0x02000000, 0x03000000);
        assertThat(messages).extracting(m -> m.payload.length).containsOnly(200);
        assertThat(messages.get(2).payload[199]).isEqualTo((byte) 6);
    }

    @Test
    void keepsInterleavedChunkStreamsApart() {
        channel.writeInbound(buf(
                "04 000000 0000C8 09 01000000", filled(128, 0xB1),
                "03 000010 00000A 08 01000000", filled(10, 0xA1),
                "C4", filled(72, 0xB2)));

        List<Decoded> messages = readAll();
        assertThat(messages).extracting(Decoded::chunkStreamId).containsExactly(3, 4);
        assertThat(messages.get(1).payload).startsWith(filled(128, 0xB1)).endsWith(filled(72, 0xB2));
    }

    @Test
    void appliesThePeersChunkSizeToTheChunksAfterIt() {
        channel.writeInbound(buf(
                "02 000000 000004 01 00000000 00000100",
                "04 000000 00012C 09 01000000", filled(256, 1),
                "C4", filled(44, 2)));

        List<Decoded> messages = readAll();
        assertThat(messages.get(0).typeId).isEqualTo(MessageType.SET_CHUNK_SIZE.id());
        assertThat(messages.get(1).payload).hasSize(300);
        assertThat(channel.pipeline().get(ChunkDecoder.class).chunkSize()).isEqualTo(256);
    }

    @Test
    void readsTwoAndThreeByteBasicHeaders() {
        channel.writeInbound(buf(
                "00 24 000000 000001 08 01000000 AA",
                "01 0001 000000 000001 09 01000000 BB",
                "C1 0001 CC"));

        List<Decoded> messages = readAll();
        assertThat(messages).extracting(Decoded::chunkStreamId).containsExactly(100, 320, 320);
        assertThat(messages.get(2).payload).containsExactly(0xCC);
    }

    @Test
    void abortDropsThePartialMessage() {
        channel.writeInbound(buf(
                "04 000000 0000C8 09 01000000", filled(128, 1),
                "02 000000 000004 02 00000000 00000004",
                "04 000005 000003 09 01000000 010203"));

        List<Decoded> messages = readAll();
        assertThat(messages).extracting(Decoded::typeId).containsExactly(2, 9);
        assertThat(messages.get(1).payload).containsExactly(1, 2, 3);
    }

    @Test
    void acknowledgesEachWindowOfReceivedBytes() {
        ByteBuf windowAckSize = buf("02 000000 000004 05 00000000 00000064");
        ByteBuf audio = buf("03 000000 000064 08 01000000", filled(100, 0));

        channel.writeInbound(windowAckSize, audio);

        RtmpMessage ack = channel.readOutbound();
        assertThat(ack.type()).isEqualTo(MessageType.ACKNOWLEDGEMENT);
        assertThat(ack.content().getInt(0)).isEqualTo(16 + 12 + 100);
        ack.release();
        readAll();
    }

    @Test
    void rejectsAMessageOverTheSizeLimit() {
        EmbeddedChannel limited = new EmbeddedChannel(new ChunkDecoder(100, 8));
        ByteBuf oversize = buf("04 000000 000065 09 01000000", filled(100, 0));

        assertThatThrownBy(() -> limited.writeInbound(oversize)).isInstanceOf(ChunkException.class)
                .hasMessageContaining("101 bytes");
        assertThat(limited.isOpen()).isFalse();
        assertThat(oversize.refCnt()).isZero();
    }

    @Test
    void rejectsTooManyChunkStreams() {
        EmbeddedChannel limited = new EmbeddedChannel(new ChunkDecoder(100, 2));

        assertThatThrownBy(() -> limited.writeInbound(buf(
                "03 000000 000001 08 01000000 00", "04 000000 000001 08 01000000 00",
                "05 000000 000001 08 01000000 00")))
                .isInstanceOf(ChunkException.class);
        assertThat(limited.isOpen()).isFalse();
        readAll(limited);
    }

    @Test
    void closesOnGarbageAndReleasesPartialMessages() {
        ByteBuf partial = buf("04 000000 0000C8 09 01000000", filled(128, 1));
        ByteBuf garbage = buf("46 DEADBEEF CAFEBABE 0102");
        channel.writeInbound(partial);

        assertThatThrownBy(() -> channel.writeInbound(garbage)).isInstanceOf(ChunkException.class)
                .hasMessageContaining("opened with a type 1 header");

        assertThat(channel.isOpen()).isFalse();
        assertThat(partial.refCnt()).isZero();
        assertThat(garbage.refCnt()).isZero();
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void rejectsANewHeaderInsideAMessage() {
        assertThatThrownBy(() -> channel.writeInbound(buf(
                "04 000000 0000C8 09 01000000", filled(128, 1),
                "44 000000 000010 09", filled(16, 1))))
                .isInstanceOf(ChunkException.class).hasMessageContaining("inside a message");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void rejectsAZeroChunkSize() {
        assertThatThrownBy(() -> channel.writeInbound(buf("02 000000 000004 01 00000000 00000000")))
                .isInstanceOf(ChunkException.class).hasMessageContaining("chunk size");
        assertThat(channel.isOpen()).isFalse();
        assertThat((Object) channel.readInbound()).isNull();
    }

    private List<Decoded> readAll() {
        return readAll(channel);
    }

    static List<Decoded> readAll(EmbeddedChannel channel) {
        List<Decoded> messages = new ArrayList<>();
        for (RtmpMessage m; (m = channel.readInbound()) != null; ) {
            messages.add(new Decoded(m.chunkStreamId(), m.timestamp(), m.typeId(), m.streamId(),
                    TestBytes.drain(m.content())));
        }
        return messages;
    }

    /** A received message, copied out so the buffer can be released at once. */
    record Decoded(int chunkStreamId, int timestamp, int typeId, int streamId, byte[] payload) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Decoded d && d.chunkStreamId == chunkStreamId && d.timestamp == timestamp
                    && d.typeId == typeId && d.streamId == streamId && Arrays.equals(d.payload, payload);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(payload);
        }
    }
}
