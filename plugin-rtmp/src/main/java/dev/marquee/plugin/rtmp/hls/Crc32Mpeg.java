package dev.marquee.plugin.rtmp.hls;

/**
 * The CRC that ends every PSI section (ISO/IEC 13818-1 Annex A): polynomial 0x04C11DB7, initial
 * value 0xFFFFFFFF, most significant bit first, no final XOR. {@link java.util.zip.CRC32} is the
 * reflected variant and gives different values.
 */
final class Crc32Mpeg {

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
            TABLE[i] = crc;
        }
    }

    private Crc32Mpeg() {
    }

    static int compute(byte[] data, int offset, int length) {
        int crc = 0xffffffff;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ data[i]) & 0xff];
        }
        return crc;
    }
}
