package dev.marquee.plugin.rtmp.protocol.chunk;

import io.netty.handler.codec.CorruptedFrameException;

/** A chunk stream that breaks the protocol or the decoder's limits; the connection cannot go on. */
public class ChunkException extends CorruptedFrameException {

    private static final long serialVersionUID = 1L;

    public ChunkException(String message) {
        super(message);
    }
}
