package dev.marquee.platform.spi.media;

/**
 * One thing the encoder should change.
 *
 * @param code stable id ({@code keyframe_interval}, {@code no_audio}, ...; docs/organizers.md lists them)
 * @param message what is wrong and what viewers notice, with the measured numbers
 * @param fix the one-line change in OBS (with the ffmpeg option where it differs)
 *
 * @since 0.1.0
 */
public record IngestWarning(String code, String message, String fix) {
}
