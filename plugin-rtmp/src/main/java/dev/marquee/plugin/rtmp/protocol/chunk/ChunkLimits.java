package dev.marquee.plugin.rtmp.protocol.chunk;

/**
 * What a {@link ChunkDecoder} accepts from its peer. A peer that goes past any of them is
 * disconnected with a {@link ChunkLimitException}.
 *
 * @param maxMessageSize the longest message, in bytes (the wire format allows 16 MiB)
 * @param maxChunkStreams how many chunk stream ids the peer may use
 * @param maxChunkSize the largest Set Chunk Size the peer may send
 * @param maxUnfinishedBytes how many bytes the messages being received at one moment (all chunk streams
 *     together) may announce; the decoder reserves a message's whole length when its first chunk arrives.
 *     {@link ChunkDecoder#maxUnfinishedBytes(int)} changes it later (more once a publisher is accepted).
 */
public record ChunkLimits(int maxMessageSize, int maxChunkStreams, int maxChunkSize, int maxUnfinishedBytes) {

    /** Large enough for a 4K keyframe; the wire format allows up to 16 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 8 * 1024 * 1024;
    /** Publishers use a handful (control, command, audio, video, data). */
    public static final int DEFAULT_MAX_CHUNK_STREAMS = 64;
    /** Encoders use 128 to 4,096; SRS warns above 65,536. */
    public static final int DEFAULT_MAX_CHUNK_SIZE = 65_536;
    /** One largest message plus 2 MiB of audio and data interleaved with it. */
    public static final int DEFAULT_MAX_UNFINISHED_BYTES = DEFAULT_MAX_MESSAGE_SIZE + 2 * 1024 * 1024;

    /** Limits for a publisher's connection, as a client-side decoder in tests or tools can use them. */
    public static final ChunkLimits DEFAULTS = new ChunkLimits(DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_MAX_CHUNK_STREAMS,
            DEFAULT_MAX_CHUNK_SIZE, DEFAULT_MAX_UNFINISHED_BYTES);

    public ChunkLimits {
        if (maxMessageSize < 1 || maxChunkStreams < 1 || maxChunkSize < 1 || maxUnfinishedBytes < 1) {
            throw new IllegalArgumentException("chunk limits must be positive: " + maxMessageSize + ", "
                    + maxChunkStreams + ", " + maxChunkSize + ", " + maxUnfinishedBytes);
        }
    }
}
