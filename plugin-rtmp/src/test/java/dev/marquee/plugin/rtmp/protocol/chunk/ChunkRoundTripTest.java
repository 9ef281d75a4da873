package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import dev.marquee.plugin.rtmp.protocol.chunk.ChunkDecoderTest.Decoded;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Random message sequences through the encoder and back through the decoder, cut at random places. */
class ChunkRoundTripTest {

    private static final int[] CHUNK_STREAMS = {2, 3, 4, 5, 6, 63, 64, 319, 320, 65599};

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void decodesWhatTheEncoderWrote(long seed) {
        Random random = new Random(seed);
        EmbeddedChannel encoder = new EmbeddedChannel(new ChunkEncoder());
        EmbeddedChannel decoder = new EmbeddedChannel(new ChunkDecoder(1 << 20, 16));
        List<Decoded> sent = new ArrayList<>();
        int[] timestamps = new int[65600];

        for (int i = 0; i < 300; i++) {
            RtmpMessage message = random.nextInt(25) == 0 ? chunkSize(random) : media(random, timestamps);
            sent.add(new Decoded(message.chunkStreamId(), message.timestamp(), message.typeId(), message.streamId(),
                    ByteBufUtil.getBytes(message.content())));
            encoder.writeOutbound(message);
        }
        for (ByteBuf out; (out = encoder.readOutbound()) != null; ) {
            feedInPieces(decoder, out, random);
        }

        assertThat(ChunkDecoderTest.readAll(decoder)).containsExactlyElementsOf(sent);
        assertThat(encoder.finish()).isFalse();
        assertThat(decoder.finish()).isFalse();
    }

    private static RtmpMessage chunkSize(Random random) {
        int size = random.nextInt(10) == 0 ? 1 + random.nextInt(16) : 16 + random.nextInt(8000);
        return new SetChunkSize(size).toRtmpMessage(ByteBufAllocator.DEFAULT);
    }

    private static RtmpMessage media(Random random, int[] timestamps) {
        int csid = CHUNK_STREAMS[random.nextInt(CHUNK_STREAMS.length)];
        int timestamp = switch (random.nextInt(6)) {
            case 0 -> random.nextInt();
            case 1 -> 0xFFFFFF + random.nextInt(3) - 1;
            case 2 -> timestamps[csid];
            default -> timestamps[csid] + (random.nextBoolean() ? 40 : random.nextInt(0x1000000) * 3);
        };
        timestamps[csid] = timestamp;
        int length = random.nextInt(4) == 0 ? random.nextInt(6000) : random.nextInt(3) * 7;
        byte[] payload = new byte[length];
        random.nextBytes(payload);
        int typeId = random.nextBoolean() ? MessageType.VIDEO.id() : MessageType.AUDIO.id();
        return new RtmpMessage(csid, timestamp, typeId, random.nextInt(3), Unpooled.wrappedBuffer(payload));
    }

    private static void feedInPieces(EmbeddedChannel decoder, ByteBuf bytes, Random random) {
        while (bytes.isReadable()) {
            int piece = Math.min(bytes.readableBytes(), 1 + random.nextInt(random.nextBoolean() ? 20 : 3000));
            decoder.writeInbound(bytes.readRetainedSlice(piece));
        }
        bytes.release();
    }
}
