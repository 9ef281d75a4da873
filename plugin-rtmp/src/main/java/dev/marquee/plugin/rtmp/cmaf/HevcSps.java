package dev.marquee.plugin.rtmp.cmaf;

/**
 * The picture size an HEVC sequence parameter set (ITU-T H.265 7.3.2.2) declares, after the
 * conformance window, and where to find that SPS in an HEVCDecoderConfigurationRecord
 * (ISO/IEC 14496-15 8.3.3.1).
 */
final class HevcSps {

    private static final int SPS_NAL_TYPE = 33;
    private static final int RECORD_ARRAYS = 22;

    private HevcSps() {
    }

    /** The first SPS NAL unit of the record. */
    static byte[] find(byte[] record) {
        if (record.length < RECORD_ARRAYS + 1) {
            throw new IllegalArgumentException("truncated HEVCDecoderConfigurationRecord");
        }
        int arrays = record[RECORD_ARRAYS] & 0xff;
        int at = RECORD_ARRAYS + 1;
        for (int a = 0; a < arrays; a++) {
            require(record, at + 3);
            int type = record[at] & 0x3f;
            int count = u16(record, at + 1);
            at += 3;
            for (int n = 0; n < count; n++) {
                require(record, at + 2);
                int length = u16(record, at);
                require(record, at + 2 + length);
                if (type == SPS_NAL_TYPE) {
                    return java.util.Arrays.copyOfRange(record, at + 2, at + 2 + length);
                }
                at += 2 + length;
            }
        }
        throw new IllegalArgumentException("HEVCDecoderConfigurationRecord without an SPS");
    }

    /** Width and height of the SPS NAL unit {@code sps} (two-byte header included). */
    static int[] size(byte[] sps) {
        RbspBits bits = new RbspBits(sps, 2);
        bits.read(4); // sps_video_parameter_set_id
        int maxSubLayersMinus1 = bits.read(3);
        bits.read(1);
        bits.skip(88); // general profile space, tier, idc, compatibility and constraint flags
        bits.read(8); // general_level_idc
        boolean[] profilePresent = new boolean[maxSubLayersMinus1];
        boolean[] levelPresent = new boolean[maxSubLayersMinus1];
        for (int i = 0; i < maxSubLayersMinus1; i++) {
            profilePresent[i] = bits.read(1) == 1;
            levelPresent[i] = bits.read(1) == 1;
        }
        if (maxSubLayersMinus1 > 0) {
            for (int i = maxSubLayersMinus1; i < 8; i++) {
                bits.read(2);
            }
        }
        for (int i = 0; i < maxSubLayersMinus1; i++) {
            bits.skip((profilePresent[i] ? 88 : 0) + (levelPresent[i] ? 8 : 0));
        }
        bits.ue(); // sps_seq_parameter_set_id
        int chroma = bits.ue();
        if (chroma == 3) {
            bits.read(1);
        }
        int width = bits.ue();
        int height = bits.ue();
        if (bits.read(1) == 1) {
            int subWidth = chroma == 1 || chroma == 2 ? 2 : 1;
            int subHeight = chroma == 1 ? 2 : 1;
            width -= subWidth * (bits.ue() + bits.ue());
            height -= subHeight * (bits.ue() + bits.ue());
        }
        return new int[] {width, height};
    }

    private static void require(byte[] record, int length) {
        if (length > record.length) {
            throw new IllegalArgumentException("truncated HEVCDecoderConfigurationRecord");
        }
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
    }
}
