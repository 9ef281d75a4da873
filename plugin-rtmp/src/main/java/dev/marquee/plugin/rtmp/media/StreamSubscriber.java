package dev.marquee.plugin.rtmp.media;

/**
 * Someone who reads a live stream: a viewer's connection or a muxer. Called on the publisher's
 * thread, one packet at a time and in order, so an implementation must never block: it queues and
 * returns.
 */
public interface StreamSubscriber {

    /** The next packet of the stream. */
    void accept(MediaPacket packet);

    /** The publisher stopped (or was cut off); no packet follows. */
    void end();
}
