package dev.marquee.platform.spi.media;

/**
 * The incoming audio track.
 *
 * @param codec {@code aac}, {@code mp3}, {@code opus}, ... ({@code unknown} otherwise)
 * @param sampleRate samples per second, 0 when not known yet
 * @param channels 1 (mono), 2 (stereo) or more; 0 when not known yet
 * @param bitrate audio bits per second
 *
 * @since 0.1.0
 */
public record IngestAudio(String codec, int sampleRate, int channels, long bitrate) {
}
