package dev.marquee.plugin.rtmp.media;

/** The connection that feeds a live stream, as the stream registry sees it. */
public interface Publisher {

    /** Where it connects from, for logs (never the stream key). */
    String remote();

    /** Cuts the publisher off (its key was rotated or its stage deleted); returns at once. */
    void disconnect(String reason);

    /**
     * Whether this instance only relays the stream, pulled from the instance the publisher is
     * connected to (an edge): such a stream is not announced and not registered as the stage's origin.
     */
    default boolean relayed() {
        return false;
    }
}
