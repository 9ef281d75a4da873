package dev.marquee.plugin.rtmp.restream;

import java.time.Duration;

/**
 * How pushes behave ({@code marquee.rtmp.restream.*}, docs/operations.md).
 *
 * @param queueBytes media a target may have waiting before it skips to the next keyframe
 * @param connectTimeout from opening the connection to the server's "publish start"
 * @param firstBackoff the wait before the first reconnect (doubling after each failure)
 * @param maxBackoff the longest wait between reconnects
 */
public record PushSettings(long queueBytes, Duration connectTimeout, Duration firstBackoff, Duration maxBackoff) {

    public static final PushSettings DEFAULTS = new PushSettings(4L * 1024 * 1024, Duration.ofSeconds(10),
            Duration.ofSeconds(1), Duration.ofSeconds(30));
}
