package dev.marquee.plugin.rtmp.protocol.message;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import dev.marquee.plugin.rtmp.protocol.amf.Amf0Reader;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.CorruptedFrameException;
import org.junit.jupiter.api.Test;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Protocol control and user control messages against payloads from the specification, both ways. */
class ControlMessagesTest {

    @Test
    void protocolControlMessages() {
        assertWire(new SetChunkSize(4096), 1, "00001000");
        assertWire(new Abort(4), 2, "00000004");
        assertWire(new Acknowledgement(0xFFFFFFF0), 3, "FFFFFFF0");
        assertWire(new WindowAckSize(2_500_000), 5, "002625A0");
        assertWire(new SetPeerBandwidth(2_500_000, SetPeerBandwidth.LimitType.DYNAMIC), 6, "002625A0 02");
    }

    @Test
    void userControlEvents() {
        assertWire(UserControl.streamBegin(1), 4, "0000 00000001");
        assertWire(UserControl.streamEof(1), 4, "0001 00000001");
        assertWire(UserControl.streamDry(1), 4, "0002 00000001");
        assertWire(UserControl.setBufferLength(1, 3000), 4, "0003 00000001 00000BB8");
        assertWire(UserControl.streamIsRecorded(1), 4, "0004 00000001");
        assertWire(UserControl.pingRequest(123), 4, "0006 0000007B");
        assertWire(UserControl.pingResponse(123), 4, "0007 0000007B");
    }

    @Test
    void leavesUnknownUserControlEventsUndecoded() {
        RtmpMessage bufferEmpty = new RtmpMessage(2, 0, 4, 0, TestBytes.buf("001F 00000001"));

        assertThat(RtmpMessageDecoder.toTyped(bufferEmpty, new Amf0Reader())).isNull();
        bufferEmpty.release();
    }

    @Test
    void rejectsTruncatedAndInvalidPayloads() {
        assertInvalid(1, "0000");
        assertInvalid(1, "80000000");
        assertInvalid(4, "0003 00000001");
        assertInvalid(6, "002625A0 07");
        assertThatThrownBy(() -> new SetChunkSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertWire(TypedMessage typed, int typeId, String payloadHex) {
        RtmpMessage message = typed.toRtmpMessage(ByteBufAllocator.DEFAULT);
        try {
            assertThat(message.typeId()).isEqualTo(typeId);
            assertThat(message.chunkStreamId()).isEqualTo(ChunkStreamIds.CONTROL);
            assertThat(message.streamId()).isZero();
            assertThat(ByteBufUtil.getBytes(message.content())).isEqualTo(bytes(payloadHex));
            assertThat(RtmpMessageDecoder.toTyped(message, new Amf0Reader())).isEqualTo(typed);
        } finally {
            message.release();
        }
    }

    private static void assertInvalid(int typeId, String payloadHex) {
        RtmpMessage message = new RtmpMessage(2, 0, typeId, 0, TestBytes.buf(payloadHex));
        try {
            assertThatThrownBy(() -> RtmpMessageDecoder.toTyped(message, new Amf0Reader()))
                    .isInstanceOf(CorruptedFrameException.class);
        } finally {
            message.release();
        }
    }
}
