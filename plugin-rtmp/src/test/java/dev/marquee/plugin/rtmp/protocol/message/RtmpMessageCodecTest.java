package dev.marquee.plugin.rtmp.protocol.message;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The typed-message handlers: what passes, what is converted, and that written messages read back the same. */
class RtmpMessageCodecTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new RtmpMessageDecoder(), new RtmpMessageEncoder());

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @Test
    void typedMessagesReadBackAsWritten() {
        TypedMessage[] messages = {
            new SetChunkSize(4096), new WindowAckSize(2_500_000), UserControl.streamBegin(1),
            ServerResponses.onStatus(1, NetStatus.PLAY_START, "Started playing key."),
            ServerResponses.sampleAccess(1), ServerResponses.connectResult(1, 3, Map.of())
        };
        for (TypedMessage typed : messages) {
            channel.writeOutbound(typed);
            RtmpMessage wire = channel.readOutbound();
            assertThat(wire.type()).isEqualTo(typed.type());
            assertThat(wire.chunkStreamId()).isEqualTo(typed.chunkStreamId());
            assertThat(wire.streamId()).isEqualTo(typed.streamId());

            channel.writeInbound(wire);

            assertThat((Object) channel.readInbound()).isEqualTo(typed);
            assertThat(wire.refCnt()).isZero();
        }
    }

    @Test
    void audioAndVideoPassThroughBothWays() {
        RtmpMessage video = new RtmpMessage(6, 40, MessageType.VIDEO, 1, TestBytes.buf("17 01 000000"));

        channel.writeOutbound(video);
        assertThat((Object) channel.readOutbound()).isSameAs(video);
        channel.writeInbound(video);
        RtmpMessage received = channel.readInbound();

        assertThat(received).isSameAs(video);
        assertThat(received.refCnt()).isEqualTo(1);
        received.release();
    }

    @Test
    void unknownTypesPassAsRtmpMessages() {
        channel.writeInbound(new RtmpMessage(3, 0, 15, 0, TestBytes.buf("00 01")));

        RtmpMessage amf3Data = channel.readInbound();
        assertThat(amf3Data.type()).isEqualTo(MessageType.DATA_AMF3);
        amf3Data.release();
    }

    @Test
    void aMalformedCommandFailsWithoutLeaking() {
        RtmpMessage bad = new RtmpMessage(3, 0, 20, 0, TestBytes.buf("02 FFFF 00"));

        assertThatThrownBy(() -> channel.writeInbound(bad)).isInstanceOf(DecoderException.class);
        assertThat(bad.refCnt()).isZero();
    }
}
