package dev.marquee.plugin.rtmp.protocol.message;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import dev.marquee.plugin.rtmp.protocol.amf.Amf0Reader;
import dev.marquee.plugin.rtmp.protocol.amf.AmfException;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.CorruptedFrameException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class CommandMessageTest {

    private final Amf0Reader amf = new Amf0Reader();

    @Test
    void readsAPublishCommand() {
        RtmpMessage publish = new RtmpMessage(8, 0, 20, 1, TestBytes.buf(
                "02 0007 7075626C697368", "00 4014000000000000", "05", "02 0003 6B6579", "02 0004 6C697665"));

        CommandMessage command = CommandMessage.from(publish, amf);
        publish.release();

        assertThat(command.name()).isEqualTo("publish");
        assertThat(command.transactionId()).isEqualTo(5.0);
        assertThat(command.commandObject()).isNull();
        assertThat(command.stringArgument(0)).isEqualTo("key");
        assertThat(command.stringArgument(1)).isEqualTo("live");
        assertThat(command.argument(2)).isNull();
        assertThat(command.streamId()).isEqualTo(1);
    }

    @Test
    void readsAnAmf3CommandAfterItsLeadingZero() {
        RtmpMessage amf3 = new RtmpMessage(3, 0, 17, 0, TestBytes.buf(
                "00", "02 000C 63726561746553747265616D", "00 4000000000000000", "05"));

        CommandMessage command = CommandMessage.from(amf3, amf);
        amf3.release();

        assertThat(command).isEqualTo(new CommandMessage("createStream", 2, null, List.of(), 0));
    }

    @Test
    void roundTripsThroughItsWireForm() {
        CommandMessage play = new CommandMessage("play", 4, null, Arrays.asList("key", -2000.0, null, false), 1);

        RtmpMessage message = play.toRtmpMessage(ByteBufAllocator.DEFAULT);

        assertThat(message.typeId()).isEqualTo(20);
        assertThat(message.chunkStreamId()).isEqualTo(ChunkStreamIds.STREAM);
        assertThat(CommandMessage.from(message, amf)).isEqualTo(play);
        message.release();
    }

    @Test
    void exposesCommandObjectProperties() {
        CommandMessage connect = CommandMessage.of("connect", 1, Map.of("app", "live"));

        assertThat(connect.property("app")).isEqualTo("live");
        assertThat(connect.property("tcUrl")).isNull();
        assertThat(connect.chunkStreamId()).isEqualTo(ChunkStreamIds.COMMAND);
    }

    @Test
    void rejectsACommandWithoutATransactionId() {
        RtmpMessage bad = new RtmpMessage(3, 0, 20, 0, TestBytes.buf("02 0004 706C6179 05"));

        assertThatThrownBy(() -> CommandMessage.from(bad, amf)).isInstanceOf(CorruptedFrameException.class);
        bad.release();
    }

    @Test
    void rejectsTruncatedAmf() {
        RtmpMessage bad = new RtmpMessage(3, 0, 20, 0, TestBytes.buf("02 0004 706C6179 00 3FF0"));

        assertThatThrownBy(() -> CommandMessage.from(bad, amf)).isInstanceOf(AmfException.class);
        assertThat(bad.content().readerIndex()).isZero();
        bad.release();
    }

    @Test
    void dataMessageUnwrapsSetDataFrame() {
        RtmpMessage setDataFrame = new RtmpMessage(4, 0, 18, 1, TestBytes.buf(
                "02 000D 40736574446174614672616D65", "02 000A 6F6E4D65746144617461",
                "08 00000001 0005 7769647468 00 4074000000000000 0000 09"));

        DataMessage data = DataMessage.from(setDataFrame, amf);
        setDataFrame.release();
        DataMessage metadata = data.unwrapSetDataFrame();

        assertThat(data.name()).isEqualTo(DataMessage.SET_DATA_FRAME);
        assertThat(metadata.name()).isEqualTo(DataMessage.ON_METADATA);
        assertThat(metadata.metadata()).containsExactly(entry("width", 320.0));
        assertThat(metadata.streamId()).isEqualTo(1);
        RtmpMessage forPlayer = metadata.withStream(7, 0).toRtmpMessage(ByteBufAllocator.DEFAULT);
        assertThat(DataMessage.from(forPlayer, amf)).isEqualTo(metadata.withStream(7, 0));
        forPlayer.release();
    }
}
