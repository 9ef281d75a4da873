package dev.marquee.plugin.rtmp.protocol.handshake;

/**
 * The user event {@link HandshakeHandler} fires when the handshake is over, just before the
 * first chunk reaches the chunk decoder. A session handler may start its connect timer here.
 */
public final class HandshakeCompleted {

    /** The only instance: the event carries no data. */
    public static final HandshakeCompleted INSTANCE = new HandshakeCompleted();

    private HandshakeCompleted() {
    }

    @Override
    public String toString() {
        return "HandshakeCompleted";
    }
}
