package dev.marquee.plugin.rtmp.protocol.handshake;

import io.netty.handler.codec.DecoderException;

/** A peer that does not speak plain RTMP (wrong version byte, e.g. 6 for RTMPE, or a TLS hello). */
public class HandshakeException extends DecoderException {

    private static final long serialVersionUID = 1L;

    public HandshakeException(String message) {
        super(message);
    }
}
