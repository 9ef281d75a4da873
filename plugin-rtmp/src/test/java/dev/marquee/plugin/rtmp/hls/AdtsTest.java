package dev.marquee.plugin.rtmp.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdtsTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void parsesAacLowComplexity44100Stereo() {
        AudioSpecificConfig config = AudioSpecificConfig.parse(bytes(0x12, 0x10), 0);

        assertThat(config).isEqualTo(new AudioSpecificConfig(2, 4, 2));
        assertThat(config.samplingRate()).isEqualTo(44100);
    }

    @Test
    void parsesAacLowComplexity48000MonoBehindTheTagHeader() {
        AudioSpecificConfig config = AudioSpecificConfig.parse(bytes(0xaf, 0x00, 0x11, 0x88), 2);

        assertThat(config).isEqualTo(new AudioSpecificConfig(2, 3, 1));
    }

    @Test
    void explicitHeAacKeepsTheCoreObjectTypeAndRate() {
        // object type 5 (SBR), 22050 Hz core, stereo, 48000 Hz extension, core object type 2 (LC)
        AudioSpecificConfig config = AudioSpecificConfig.parse(bytes(0x2b, 0x91, 0x88, 0x00), 0);

        assertThat(config).isEqualTo(new AudioSpecificConfig(2, 7, 2));
    }

    @Test
    void listenersGetTheExtensionRateOfHeAacAndTheRateOfAnyObjectType() {
        assertThat(AudioSpecificConfig.listenerFormat(bytes(0x2b, 0x91, 0x88, 0x00), 0)).containsExactly(48000, 2);
        assertThat(AudioSpecificConfig.listenerFormat(bytes(0xaf, 0x00, 0x11, 0x88), 2)).containsExactly(48000, 1);
        assertThat(AudioSpecificConfig.listenerFormat(bytes(0x17, 0x80, 0, 0, 0x10), 0)[0]).isZero(); // explicit 0 Hz
        assertThatThrownBy(() -> AudioSpecificConfig.listenerFormat(bytes(0x12), 0)).hasMessageContaining("truncated");
    }

    @Test
    void rejectsWhatAdtsCannotDescribe() {
        assertThatThrownBy(() -> AudioSpecificConfig.parse(bytes(0x12, 0x00), 0))
                .hasMessageContaining("channel configuration 0");
        assertThatThrownBy(() -> AudioSpecificConfig.parse(bytes(0x17, 0x80, 0, 0, 0x10), 0))
                .hasMessageContaining("explicit");
        assertThatThrownBy(() -> AudioSpecificConfig.parse(bytes(0x12), 0))
                .hasMessageContaining("truncated");
    }

    @Test
    void writesTheSevenByteHeaderWithTheFrameLength() {
        byte[] header = new byte[Adts.HEADER_SIZE];

        Adts.writeHeader(new AudioSpecificConfig(2, 4, 2), 100, header, 0);

        // profile 1 (LC), index 4, 2 channels, frame_length 107, fullness 0x7FF, one block
        assertThat(header).containsExactly(bytes(0xff, 0xf1, 0x50, 0x80, 0x0d, 0x7f, 0xfc));
    }

    @Test
    void writesTheLargestFrameAndRefusesLarger() {
        byte[] header = new byte[Adts.HEADER_SIZE];
        AudioSpecificConfig config = new AudioSpecificConfig(2, 3, 6);

        Adts.writeHeader(config, Adts.MAX_FRAME_SIZE - Adts.HEADER_SIZE, header, 0);

        int frameLength = ((header[3] & 0x03) << 11) | ((header[4] & 0xff) << 3) | ((header[5] & 0xe0) >> 5);
        int channels = ((header[2] & 0x01) << 2) | ((header[3] & 0xc0) >> 6);
        assertThat(frameLength).isEqualTo(8191);
        assertThat(channels).isEqualTo(6);
        assertThatThrownBy(() -> Adts.writeHeader(config, 8185, header, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
