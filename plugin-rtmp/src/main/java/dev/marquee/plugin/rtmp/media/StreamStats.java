package dev.marquee.plugin.rtmp.media;

import java.time.Instant;

/**
 * What organizers see of a live stream: measured bitrate and frame rate, the size the encoder
 * announced, the number of connected readers (players and muxers), and when it went on air.
 */
public record StreamStats(long bitsPerSecond, double framesPerSecond, int width, int height,
                          int subscribers, Instant since) {
}
