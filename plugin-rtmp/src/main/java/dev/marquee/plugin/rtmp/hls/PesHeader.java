package dev.marquee.plugin.rtmp.hls;

/**
 * The PES packet header (ISO/IEC 13818-1, 2.4.3.6) in front of each video access unit and each
 * ADTS frame: start code prefix, stream id, length, and a PTS, plus a DTS when a video frame is
 * presented later than it is decoded. Times are 90 kHz ticks, written modulo 2^33.
 */
final class PesHeader {

    static final int VIDEO_STREAM_ID = 0xe0;
    static final int AUDIO_STREAM_ID = 0xc0;
    static final int MAX_SIZE = 19;
    static final long TIMESTAMP_MASK = (1L << 33) - 1;

    private PesHeader() {
    }

    /**
     * Writes the header into {@code out} (at least {@link #MAX_SIZE} bytes) and returns its size.
     *
     * @param dts the decoding time, or the same value as {@code pts} to send a PTS only
     */
    static int write(byte[] out, int streamId, int payloadLength, long pts, long dts) {
        boolean withDts = (dts & TIMESTAMP_MASK) != (pts & TIMESTAMP_MASK);
        int headerDataLength = withDts ? 10 : 5;
        int packetLength = 3 + headerDataLength + payloadLength;
        if (packetLength > 0xffff) {
            packetLength = 0; // unbounded, allowed for video in a transport stream
        }
        out[0] = 0;
        out[1] = 0;
        out[2] = 1;
        out[3] = (byte) streamId;
        out[4] = (byte) (packetLength >> 8);
        out[5] = (byte) packetLength;
        out[6] = (byte) 0x84; // '10', not scrambled, data_alignment_indicator
        out[7] = (byte) (withDts ? 0xc0 : 0x80);
        out[8] = (byte) headerDataLength;
        writeTimestamp(out, 9, withDts ? 0b0011 : 0b0010, pts);
        if (withDts) {
            writeTimestamp(out, 14, 0b0001, dts);
        }
        return 9 + headerDataLength;
    }

    /** The 5-byte PTS/DTS field: 4-bit prefix, 33 bits split 3/15/15 with marker bits. */
    static void writeTimestamp(byte[] out, int offset, int prefix, long ticks) {
        long t = ticks & TIMESTAMP_MASK;
        out[offset] = (byte) ((prefix << 4) | (int) ((t >> 29) & 0x0e) | 1);
        out[offset + 1] = (byte) (t >> 22);
        out[offset + 2] = (byte) (((t >> 14) & 0xfe) | 1);
        out[offset + 3] = (byte) (t >> 7);
        out[offset + 4] = (byte) (((t << 1) & 0xfe) | 1);
    }
}
