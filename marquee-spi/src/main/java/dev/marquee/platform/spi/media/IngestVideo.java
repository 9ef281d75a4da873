package dev.marquee.platform.spi.media;

/**
 * The incoming video track.
 *
 * @param codec {@code h264}, {@code hevc}, {@code av1}, {@code vp9}, ... ({@code unknown} otherwise)
 * @param width picture width in pixels, 0 when not known yet
 * @param height picture height in pixels, 0 when not known yet
 * @param fps frames per second arriving over the last few seconds
 * @param keyframeInterval seconds between keyframes (the longest of the latest complete one and the
 *                         one still open), null before the first keyframe
 * @param bitrate video bits per second
 * @param bFrames whether frames arrive out of presentation order (B-frames) lately
 *
 * @since 0.1.0
 */
public record IngestVideo(String codec, int width, int height, double fps, Double keyframeInterval, long bitrate,
                          boolean bFrames) {
}
