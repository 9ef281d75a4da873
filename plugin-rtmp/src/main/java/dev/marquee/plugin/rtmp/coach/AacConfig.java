package dev.marquee.plugin.rtmp.coach;

/**
 * The output sample rate and channel configuration of an AAC AudioSpecificConfig (ISO/IEC 14496-3
 * 1.6.2.1): for HE-AAC signalled explicitly (SBR, PS) the extension rate, which is what listeners get.
 * Read once per decoder configuration, never per frame.
 */
final class AacConfig {

    private static final int[] RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000,
        11025, 8000, 7350};
    private static final int SBR = 5;
    private static final int PS = 29;

    private AacConfig() {
    }

    /** {sampleRate, channels} of the config at {@code offset}; zeros for what cannot be read. */
    static int[] read(byte[] data, int offset) {
        Bits bits = new Bits(data, offset);
        int objectType = objectType(bits);
        int rate = rate(bits);
        int channels = bits.read(4);
        if (objectType == SBR || objectType == PS) {
            int extension = rate(bits);
            rate = extension > 0 ? extension : rate;
            if (objectType == PS && channels == 1) {
                channels = 2;
            }
        }
        return new int[] {Math.max(rate, 0), Math.max(channels, 0)};
    }

    private static int objectType(Bits bits) {
        int type = bits.read(5);
        return type == 31 ? 32 + bits.read(6) : type;
    }

    private static int rate(Bits bits) {
        int index = bits.read(4);
        if (index == 15) {
            return bits.read(24);
        }
        return index >= 0 && index < RATES.length ? RATES[index] : 0;
    }

    /** Big-endian bit fields; past the end reads as -1 (a truncated config). */
    private static final class Bits {
        private final byte[] data;
        private int position;

        Bits(byte[] data, int offset) {
            this.data = data;
            this.position = offset * 8;
        }

        int read(int count) {
            int value = 0;
            for (int i = 0; i < count; i++, position++) {
                int index = position >> 3;
                if (index >= data.length) {
                    return -1;
                }
                value = (value << 1) | ((data[index] >> (7 - (position & 7))) & 1);
            }
            return value;
        }
    }
}
