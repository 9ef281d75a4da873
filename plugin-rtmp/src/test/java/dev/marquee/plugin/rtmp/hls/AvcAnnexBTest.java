package dev.marquee.plugin.rtmp.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvcAnnexBTest {

    static final byte[] SPS = {0x67, 0x64, 0x00, 0x1f, (byte) 0xac};
    static final byte[] PPS = {0x68, (byte) 0xee, 0x3c, (byte) 0x80};
    /** A version 1 record, High profile level 3.1, 4-byte lengths, one SPS, one PPS. */
    static final byte[] RECORD = {1, 0x64, 0x00, 0x1f, (byte) 0xff, (byte) 0xe1, 0, 5,
        0x67, 0x64, 0x00, 0x1f, (byte) 0xac, 1, 0, 4, 0x68, (byte) 0xee, 0x3c, (byte) 0x80};

    private static final AvcDecoderConfig CONFIG = new AvcDecoderConfig(4, List.of(SPS), List.of(PPS));

    @Test
    void parsesTheConfigurationRecord() {
        AvcDecoderConfig config = AvcDecoderConfig.parse(RECORD, 0);

        assertThat(config.nalLengthSize()).isEqualTo(4);
        assertThat(config.sps()).singleElement().isEqualTo(SPS);
        assertThat(config.pps()).singleElement().isEqualTo(PPS);
        assertThat(config.sameAs(CONFIG)).isTrue();
    }

    @Test
    void rejectsTruncatedRecords() {
        assertThatThrownBy(() -> AvcDecoderConfig.parse(Arrays.copyOf(RECORD, 12), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AvcDecoderConfig.parse(new byte[] {0, 1, 2, 3, 4, 5, 6}, 0))
                .hasMessageContaining("version 1");
    }

    @Test
    void keyframeGetsDelimiterThenParameterSetsThenItsSlices() {
        byte[] body = tag(0x17, nal(0x06, 0x05), nal(0x65, 0x88, 0x84));

        assertThat(annexB(CONFIG, body, true)).containsExactly(concat(
                aud(), startCode(SPS), startCode(PPS), startCode(0x06, 0x05), startCode(0x65, 0x88, 0x84)));
    }

    @Test
    void interFrameGetsOnlyTheDelimiter() {
        byte[] body = tag(0x27, nal(0x41, 0x9a));

        assertThat(annexB(CONFIG, body, false)).containsExactly(concat(aud(), startCode(0x41, 0x9a)));
    }

    @Test
    void frameCarryingItsOwnDelimiterAndParameterSetsIsNotDoubled() {
        byte[] body = tag(0x17, nal(0x09, 0xf0), nal(SPS), nal(PPS), nal(0x65, 0x88));

        assertThat(annexB(CONFIG, body, true)).containsExactly(concat(
                startCode(0x09, 0xf0), startCode(SPS), startCode(PPS), startCode(0x65, 0x88)));
    }

    @Test
    void idrSliceWithoutKeyframeFlagStillGetsParameterSets() {
        AvcDecoderConfig twoByteLengths = new AvcDecoderConfig(2, List.of(SPS), List.of(PPS));
        byte[] body = concat(new byte[] {0x27, 1, 0, 0, 0}, new byte[] {0, 2, 0x65, 0x11});

        assertThat(annexB(twoByteLengths, body, false)).containsExactly(concat(
                aud(), startCode(SPS), startCode(PPS), startCode(0x65, 0x11)));
    }

    @Test
    void rejectsLengthsRunningPastThePacket() {
        byte[] body = concat(new byte[] {0x27, 1, 0, 0, 0}, new byte[] {0, 0, 0, 9, 0x41});

        assertThatThrownBy(() -> annexB(CONFIG, body, false)).hasMessageContaining("exceeds");
    }

    private static byte[] annexB(AvcDecoderConfig config, byte[] body, boolean keyframe) {
        ByteSink out = new ByteSink(64);
        AvcAnnexB.write(config, body, keyframe, out);
        return out.toByteArray();
    }

    static byte[] tag(int firstByte, byte[]... nals) {
        return concat(new byte[] {(byte) firstByte, 1, 0, 0, 0}, concat(nals));
    }

    static byte[] nal(int... bytes) {
        return nal(toBytes(bytes));
    }

    static byte[] nal(byte[] unit) {
        int n = unit.length;
        return concat(new byte[] {(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n}, unit);
    }

    private static byte[] aud() {
        return startCode(0x09, 0xf0);
    }

    private static byte[] startCode(int... bytes) {
        return startCode(toBytes(bytes));
    }

    private static byte[] startCode(byte[] unit) {
        return concat(new byte[] {0, 0, 0, 1}, unit);
    }

    private static byte[] toBytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteSink out = new ByteSink(64);
        for (byte[] part : parts) {
            out.write(part);
        }
        return out.toByteArray();
    }
}
