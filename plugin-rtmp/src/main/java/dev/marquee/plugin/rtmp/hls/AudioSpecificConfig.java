package dev.marquee.plugin.rtmp.hls;

/**
 * The fields of an MPEG-4 AudioSpecificConfig (ISO/IEC 14496-3, 1.6.2.1) that an ADTS header
 * repeats. For HE-AAC (SBR, object type 5) and HE-AACv2 (PS, 29) signalled explicitly, the
 * underlying core object type and sampling frequency are kept, which is what ADTS carries; the
 * decoder finds SBR and PS implicitly.
 *
 * @param objectType the audio object type, 1 to 4 (Main, LC, SSR, LTP)
 * @param samplingFrequencyIndex index into the standard sampling rate table, 0 to 12
 * @param channelConfiguration 1 to 7
 */
public record AudioSpecificConfig(int objectType, int samplingFrequencyIndex, int channelConfiguration) {

    /** Where the AudioSpecificConfig and raw frames start in an AAC tag body. */
    static final int AAC_PAYLOAD_OFFSET = 2;

    private static final int[] SAMPLING_RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000,
        22050, 16000, 12000, 11025, 8000, 7350};
    private static final int SBR = 5;
    private static final int PS = 29;

    /**
     * Parses the config at {@code offset}.
     *
     * @throws IllegalArgumentException for configs ADTS cannot describe (object types above 4,
     *         an explicit sampling rate, a channel layout given by a program config element)
     */
    public static AudioSpecificConfig parse(byte[] data, int offset) {
        BitReader bits = new BitReader(data, offset);
        int objectType = readObjectType(bits);
        int frequencyIndex = readFrequencyIndex(bits);
        int channels = bits.read(4);
        if (objectType == SBR || objectType == PS) {
            readFrequencyIndex(bits);
            objectType = readObjectType(bits);
        }
        if (objectType < 1 || objectType > 4) {
            throw new IllegalArgumentException("AAC object type " + objectType + " cannot be sent as ADTS");
        }
        if (frequencyIndex >= SAMPLING_RATES.length) {
            throw new IllegalArgumentException("explicit AAC sampling rate cannot be sent as ADTS");
        }
        if (channels < 1 || channels > 7) {
            throw new IllegalArgumentException("AAC channel configuration " + channels + " is not supported");
        }
        return new AudioSpecificConfig(objectType, frequencyIndex, channels);
    }

    public int samplingRate() {
        return SAMPLING_RATES[samplingFrequencyIndex];
    }

    /**
     * What listeners get from the config at {@code offset}, of any object type: {sampling rate,
     * channel configuration}; for HE-AAC signalled explicitly (SBR, PS) the extension rate, and PS's
     * stereo. A rate this table does not know is 0.
     *
     * @throws IllegalArgumentException if the config is truncated
     */
    public static int[] listenerFormat(byte[] data, int offset) {
        BitReader bits = new BitReader(data, offset);
        int objectType = readObjectType(bits);
        int rate = readRate(bits);
        int channels = bits.read(4);
        if (objectType == SBR || objectType == PS) {
            int extension = readRate(bits);
            rate = extension > 0 ? extension : rate;
            channels = objectType == PS && channels == 1 ? 2 : channels;
        }
        return new int[] {rate, channels};
    }

    private static int readRate(BitReader bits) {
        int index = bits.read(4);
        if (index == 15) {
            return bits.read(24);
        }
        return index < SAMPLING_RATES.length ? SAMPLING_RATES[index] : 0;
    }

    private static int readObjectType(BitReader bits) {
        int type = bits.read(5);
        return type == 31 ? 32 + bits.read(6) : type;
    }

    private static int readFrequencyIndex(BitReader bits) {
        int index = bits.read(4);
        if (index == 15) {
            bits.read(24);
        }
        return index;
    }

    /** Reads big-endian bit fields; running off the end is a malformed config. */
    private static final class BitReader {
        private final byte[] data;
        private int bitPosition;

        BitReader(byte[] data, int offset) {
            this.data = data;
            this.bitPosition = offset * 8;
        }

        int read(int count) {
            int value = 0;
            for (int i = 0; i < count; i++, bitPosition++) {
                int index = bitPosition >> 3;
                if (index >= data.length) {
                    throw new IllegalArgumentException("truncated AudioSpecificConfig");
                }
                value = (value << 1) | ((data[index] >> (7 - (bitPosition & 7))) & 1);
            }
            return value;
        }
    }
}
