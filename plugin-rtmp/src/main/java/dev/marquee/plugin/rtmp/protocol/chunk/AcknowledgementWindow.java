package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.message.Acknowledgement;

/** Counts received bytes against the peer's acknowledgement window. */
final class AcknowledgementWindow {

    private long received;
    private long acknowledged;
    private long size;

    void received(int bytes) {
        received += bytes;
    }

    long received() {
        return received;
    }

    /** The peer's Window Acknowledgement Size, 32 bits unsigned; 0 turns acknowledgements off. */
    void size(int windowSize) {
        size = Integer.toUnsignedLong(windowSize);
    }

    boolean due() {
        return size > 0 && received - acknowledged >= size;
    }

    /** Marks everything received as acknowledged and returns the message saying so. */
    Acknowledgement acknowledge() {
        acknowledged = received;
        return new Acknowledgement((int) received);
    }
}
