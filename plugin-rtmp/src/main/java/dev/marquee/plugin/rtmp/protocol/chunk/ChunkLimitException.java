package dev.marquee.plugin.rtmp.protocol.chunk;

/**
 * A peer went past one of the decoder's {@link ChunkLimits}: a message too long, too many chunk
 * streams, too many bytes in unfinished messages, a chunk size too large. Well-formed, but more than
 * Marquee takes; the connection cannot go on.
 */
public class ChunkLimitException extends ChunkException {

    private static final long serialVersionUID = 1L;

    public ChunkLimitException(String message) {
        super(message);
    }
}
