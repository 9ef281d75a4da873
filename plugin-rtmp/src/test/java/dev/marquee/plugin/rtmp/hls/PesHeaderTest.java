package dev.marquee.plugin.rtmp.hls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PesHeaderTest {

    @Test
    void encodesOneSecondAsTheTextbookPts() {
        byte[] out = new byte[5];

        PesHeader.writeTimestamp(out, 0, 0b0010, 90_000);

        assertThat(out).containsExactly(0x21, 0x00, 0x05, 0xbf, 0x21);
    }

    @Test
    void encodesAll33BitsAndWrapsBeyond() {
        byte[] max = new byte[5];
        byte[] wrapped = new byte[5];

        PesHeader.writeTimestamp(max, 0, 0b0011, (1L << 33) - 1);
        PesHeader.writeTimestamp(wrapped, 0, 0b0011, (1L << 33) + 90_000);

        assertThat(max).containsExactly(0x3f, 0xff, 0xff, 0xff, 0xff);
        assertThat(wrapped).containsExactly(0x31, 0x00, 0x05, 0xbf, 0x21);
    }

    @Test
    void writesPtsOnlyWhenDecodeAndPresentationTimesAgree() {
        byte[] header = new byte[PesHeader.MAX_SIZE];

        int length = PesHeader.write(header, PesHeader.AUDIO_STREAM_ID, 100, 90_000, 90_000);

        assertThat(length).isEqualTo(14);
        assertThat(Arrays.copyOf(header, 9)).containsExactly(0, 0, 1, 0xc0, 0, 108, 0x84, 0x80, 5);
    }

    @Test
    void writesPtsAndDtsForReorderedVideoAndUnboundedLengthWhenLarge() {
        byte[] header = new byte[PesHeader.MAX_SIZE];

        int length = PesHeader.write(header, PesHeader.VIDEO_STREAM_ID, 100_000, 93_600, 90_000);

        assertThat(length).isEqualTo(19);
        assertThat(Arrays.copyOf(header, 9)).containsExactly(0, 0, 1, 0xe0, 0, 0, 0x84, 0xc0, 10);
        assertThat(header[9] >> 4).isEqualTo(0b0011);
        assertThat(Arrays.copyOfRange(header, 14, 19)).containsExactly(0x11, 0x00, 0x05, 0xbf, 0x21);
    }
}
