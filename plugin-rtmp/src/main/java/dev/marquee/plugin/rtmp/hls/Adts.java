package dev.marquee.plugin.rtmp.hls;

/**
 * ADTS framing (ISO/IEC 13818-7 / 14496-3 1.A.2): the 7-byte header without CRC that makes each
 * raw AAC frame self-describing, as a transport stream of stream type 0x0F requires.
 */
final class Adts {

    static final int HEADER_SIZE = 7;
    /** frame_length is a 13-bit field that includes the header. */
    static final int MAX_FRAME_SIZE = (1 << 13) - 1;

    private Adts() {
    }

    /**
     * Writes the header for a raw frame of {@code rawLength} bytes at {@code offset}.
     *
     * @throws IllegalArgumentException if the frame is too large for ADTS
     */
    static void writeHeader(AudioSpecificConfig config, int rawLength, byte[] out, int offset) {
        int frameLength = rawLength + HEADER_SIZE;
        if (rawLength < 0 || frameLength > MAX_FRAME_SIZE) {
            throw new IllegalArgumentException("AAC frame of " + rawLength + " bytes does not fit ADTS");
        }
        int profile = config.objectType() - 1;
        int channels = config.channelConfiguration();
        out[offset] = (byte) 0xff;
        // syncword end, MPEG-4, layer 0, protection_absent
        out[offset + 1] = (byte) 0xf1;
        out[offset + 2] = (byte) ((profile << 6) | (config.samplingFrequencyIndex() << 2) | (channels >> 2));
        out[offset + 3] = (byte) (((channels & 0x3) << 6) | (frameLength >> 11));
        out[offset + 4] = (byte) (frameLength >> 3);
        // buffer fullness 0x7ff (variable bit rate), one raw data block
        out[offset + 5] = (byte) (((frameLength & 0x7) << 5) | 0x1f);
        out[offset + 6] = (byte) 0xfc;
    }
}
