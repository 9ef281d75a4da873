package dev.marquee.platform.spi.audience;

/**
 * A playback about to start.
 *
 * @param stageId      the stage played
 * @param sessionId    the sign-in session the playback address is tied to; 0 for guests, who are
 *                     recorded as anonymous viewers and never limited
 * @param protocol     how it plays: {@code http-flv}, {@code rtmp}, {@code hls}, {@code ll-hls}, {@code iframe}, ...
 * @param userAgent    the client's User-Agent (or RTMP flash version), from which core names the device
 *                     ("Firefox", "iPhone"); may be null
 * @param endRequested run once when the person ends this stream from another device ("end the oldest"),
 *                     on any thread: close the connection (which then closes the viewing); must not block
 *
 * @since 0.1.0
 */
public record ViewingRequest(long stageId, long sessionId, String protocol, String userAgent, Runnable endRequested) {

    public ViewingRequest {
        if (protocol == null || protocol.isBlank()) {
            throw new IllegalArgumentException("protocol is required");
        }
        endRequested = endRequested == null ? () -> { } : endRequested;
    }
}
