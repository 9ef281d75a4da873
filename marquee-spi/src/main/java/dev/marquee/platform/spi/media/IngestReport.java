package dev.marquee.platform.spi.media;

import java.util.List;

/**
 * What a media provider measures of a stage's incoming stream (the encoder's output as it arrives),
 * for the organizers' console: {@code GET /api/v1/stages/{id}/ingest}. Measured by the server itself,
 * never taken from the encoder's word alone.
 *
 * @param live whether a publisher is on air
 * @param video the video track, or null when none has arrived (or off air)
 * @param audio the audio track, or null when none has arrived (or off air)
 * @param bitrate all media bits per second over the last few seconds (0 off air)
 * @param warnings what the encoder should change now, most important first; empty when all is well
 * @param history one sample every few seconds over the last minutes, oldest first
 *
 * @since 0.1.0
 */
public record IngestReport(boolean live, IngestVideo video, IngestAudio audio, long bitrate,
                           List<IngestWarning> warnings, List<IngestSample> history) {

    public IngestReport {
        warnings = List.copyOf(warnings);
        history = List.copyOf(history);
    }

    /** A stage nobody publishes to. */
    public static IngestReport offAir() {
        return new IngestReport(false, null, null, 0, List.of(), List.of());
    }
}
