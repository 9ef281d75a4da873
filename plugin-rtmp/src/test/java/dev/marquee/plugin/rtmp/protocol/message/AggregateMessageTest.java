package dev.marquee.plugin.rtmp.protocol.message;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateMessageTest {

    /** A video tag at 1000 ms, an audio tag at 1010 and an onMetaData-less data tag, FLV style. */
    private static final String AGGREGATE =
            "09 000003 0003E8 00 000000 170001 0000000E"
            + "08 000002 0003F2 00 000000 AF01 0000000D"
            + "12 000008 0003F2 00 000000 02 0005 68656C6C6F 00000013";

    @BeforeAll
    static void leaks() {
        TestBytes.paranoidLeakDetection();
    }

    @Test
    void splitsIntoSubMessagesOnTheAggregatesClock() {
        RtmpMessage aggregate = new RtmpMessage(6, 5000, 22, 1, TestBytes.buf(AGGREGATE));

        List<RtmpMessage> parts = AggregateMessage.split(aggregate);

        assertThat(parts).extracting(RtmpMessage::typeId).containsExactly(9, 8, 18);
        assertThat(parts).extracting(RtmpMessage::timestamp).containsExactly(5000, 5010, 5010);
        assertThat(parts).extracting(RtmpMessage::streamId).containsOnly(1);
        assertThat(TestBytes.drain(parts.get(0).content())).containsExactly(0x17, 0x00, 0x01);
        parts.subList(1, 3).forEach(RtmpMessage::release);
        aggregate.release();
        assertThat(aggregate.refCnt()).isZero();
    }

    @Test
    void theMessageDecoderSplitsAndTypesTheParts() {
        EmbeddedChannel channel = new EmbeddedChannel(new RtmpMessageDecoder());

        channel.writeInbound(new RtmpMessage(6, 5000, 22, 1, TestBytes.buf(AGGREGATE)));

        RtmpMessage video = channel.readInbound();
        RtmpMessage audio = channel.readInbound();
        DataMessage data = channel.readInbound();
        assertThat(video.type()).isEqualTo(MessageType.VIDEO);
        assertThat(audio.type()).isEqualTo(MessageType.AUDIO);
        assertThat(data).isEqualTo(new DataMessage("hello", List.of(), 1, 5010));
        video.release();
        audio.release();
        assertThat(video.refCnt()).isZero();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void rejectsASubMessageLongerThanTheAggregate() {
        EmbeddedChannel channel = new EmbeddedChannel(new RtmpMessageDecoder());
        RtmpMessage aggregate = new RtmpMessage(6, 0, 22, 1, TestBytes.buf(
                "09 000003 0003E8 00 000000 170001 0000000E", "09 0000FF 0003E8 00 000000 17"));

        assertThatThrownBy(() -> channel.writeInbound(aggregate)).isInstanceOf(DecoderException.class);
        assertThat(aggregate.refCnt()).isZero();
        assertThat((Object) channel.readInbound()).isNull();
    }
}
