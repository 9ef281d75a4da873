package dev.marquee.plugin.rtmp.cmaf;

/**
 * The picture size an H.264 sequence parameter set (ITU-T H.264 7.3.2.1.1) declares, after
 * cropping: what the init segment's track header and the multivariant playlist's RESOLUTION say.
 * Emulation prevention bytes are skipped while reading.
 */
final class AvcSps {

    private static final int[] HIGH_PROFILES = {100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135};

    private AvcSps() {
    }

    /**
     * Width and height of the SPS NAL unit {@code sps} (header byte included).
     *
     * @throws IllegalArgumentException if it is truncated or uses what this reader does not know
     */
    static int[] size(byte[] sps) {
        RbspBits bits = new RbspBits(sps, 1);
        int profile = bits.read(8);
        bits.read(16); // constraint flags, level
        bits.ue(); // seq_parameter_set_id
        int chromaFormat = 1;
        if (isHigh(profile)) {
            chromaFormat = bits.ue();
            if (chromaFormat == 3) {
                bits.read(1);
            }
            bits.ue();
            bits.ue();
            bits.read(1);
            if (bits.read(1) == 1) {
                for (int i = 0; i < (chromaFormat != 3 ? 8 : 12); i++) {
                    if (bits.read(1) == 1) {
                        skipScalingList(bits, i < 6 ? 16 : 64);
                    }
                }
            }
        }
        bits.ue(); // log2_max_frame_num_minus4
        int pocType = bits.ue();
        if (pocType == 0) {
            bits.ue();
        } else if (pocType == 1) {
            bits.read(1);
            bits.se();
            bits.se();
            int cycle = bits.ue();
            for (int i = 0; i < cycle; i++) {
                bits.se();
            }
        }
        bits.ue(); // max_num_ref_frames
        bits.read(1);
        int widthMbs = bits.ue() + 1;
        int heightUnits = bits.ue() + 1;
        int frameMbsOnly = bits.read(1);
        if (frameMbsOnly == 0) {
            bits.read(1);
        }
        bits.read(1);
        int cropLeft = 0;
        int cropRight = 0;
        int cropTop = 0;
        int cropBottom = 0;
        if (bits.read(1) == 1) {
            cropLeft = bits.ue();
            cropRight = bits.ue();
            cropTop = bits.ue();
            cropBottom = bits.ue();
        }
        int cropUnitX = chromaFormat == 0 || chromaFormat == 3 ? 1 : 2;
        int cropUnitY = (chromaFormat == 1 ? 2 : 1) * (2 - frameMbsOnly);
        int width = widthMbs * 16 - cropUnitX * (cropLeft + cropRight);
        int height = (2 - frameMbsOnly) * heightUnits * 16 - cropUnitY * (cropTop + cropBottom);
        return new int[] {width, height};
    }

    private static boolean isHigh(int profile) {
        for (int p : HIGH_PROFILES) {
            if (p == profile) {
                return true;
            }
        }
        return false;
    }

    private static void skipScalingList(RbspBits bits, int size) {
        int last = 8;
        int next = 8;
        for (int j = 0; j < size; j++) {
            if (next != 0) {
                next = (last + bits.se() + 256) % 256;
            }
            last = next == 0 ? last : next;
        }
    }
}
