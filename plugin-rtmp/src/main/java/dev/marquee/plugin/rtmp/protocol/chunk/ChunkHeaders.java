package dev.marquee.plugin.rtmp.protocol.chunk;

/** Sizes and values shared by the chunk decoder and encoder. */
final class ChunkHeaders {

    /** The chunk size both directions use until a Set Chunk Size says otherwise. */
    static final int DEFAULT_CHUNK_SIZE = 128;

    /** A 24-bit timestamp field holding this value means a 32-bit extended timestamp follows. */
    static final int EXTENDED_TIMESTAMP = 0xFFFFFF;
    static final int EXTENDED_TIMESTAMP_LENGTH = 4;

    /** Message header length by header type (fmt) 0 to 3. */
    private static final int[] MESSAGE_HEADER_LENGTH = {11, 7, 3, 0};

    private static final int ONE_BYTE_MAX = 63;
    private static final int TWO_BYTE_MAX = 319;

    private ChunkHeaders() {
    }

    static int messageHeaderLength(int fmt) {
        return MESSAGE_HEADER_LENGTH[fmt];
    }

    /** Basic header length for a chunk stream id: 1 byte up to 63, 2 up to 319, else 3. */
    static int basicHeaderLength(int chunkStreamId) {
        return chunkStreamId <= ONE_BYTE_MAX ? 1 : chunkStreamId <= TWO_BYTE_MAX ? 2 : 3;
    }

    /** Whether a timestamp or delta (unsigned) needs the extended field. */
    static boolean needsExtended(int timestampOrDelta) {
        return Integer.toUnsignedLong(timestampOrDelta) >= EXTENDED_TIMESTAMP;
    }
}
