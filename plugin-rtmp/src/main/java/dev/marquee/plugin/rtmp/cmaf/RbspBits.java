package dev.marquee.plugin.rtmp.cmaf;

/**
 * Reads the bits of a NAL unit's payload (H.264 7.2, H.265 7.2): fixed-width fields and Exp-Golomb
 * codes, skipping the 0x03 of every 0x000003 emulation prevention sequence. Running off the end is a
 * malformed parameter set. Not thread safe.
 */
final class RbspBits {

    private final byte[] data;
    private int index;
    private int bit = 8;
    private int current;
    private int zeros;

    /** Starts reading at byte {@code offset} (after the NAL unit header). */
    RbspBits(byte[] data, int offset) {
        this.data = data;
        this.index = offset;
    }

    /** The next {@code count} bits (at most 32) as an unsigned number. */
    int read(int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            if (bit == 8) {
                nextByte();
            }
            value = (value << 1) | ((current >> (7 - bit)) & 1);
            bit++;
        }
        return value;
    }

    void skip(int count) {
        for (int left = count; left > 0; left -= 16) {
            read(Math.min(16, left));
        }
    }

    /** ue(v). */
    int ue() {
        int leading = 0;
        while (read(1) == 0) {
            if (++leading > 31) {
                throw new IllegalArgumentException("malformed Exp-Golomb code in a parameter set");
            }
        }
        return leading == 0 ? 0 : (1 << leading) - 1 + read(leading);
    }

    /** se(v). */
    int se() {
        int k = ue();
        return (k & 1) == 1 ? (k + 1) / 2 : -(k / 2);
    }

    private void nextByte() {
        if (index >= data.length) {
            throw new IllegalArgumentException("truncated parameter set");
        }
        int b = data[index++] & 0xff;
        if (zeros >= 2 && b == 3) {
            zeros = 0;
            nextByte();
            return;
        }
        zeros = b == 0 ? zeros + 1 : 0;
        current = b;
        bit = 0;
    }
}
