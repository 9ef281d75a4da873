package dev.marquee.platform.spi.media;

import java.time.Instant;

/**
 * The incoming stream over a few seconds, as the server measured it (ingest health).
 *
 * @param at the end of the span
 * @param bitrate all media bits per second over the span
 * @param fps video frames per second over the span
 * @param dropped video frames missing from the span's timeline (timestamp gaps of more than 1.5 frames)
 *
 * @since 0.1.0
 */
public record IngestSample(Instant at, long bitrate, double fps, long dropped) {
}
