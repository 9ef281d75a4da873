package dev.marquee.platform.interfaces.rest.recording;

import dev.marquee.platform.domain.model.recording.Recording;

import java.time.Instant;

/** A recording as organizers see it; {@code endedAt} is null while it is being written. */
public record RecordingView(long id, Long stageId, Instant startedAt, Instant endedAt, long durationSeconds,
        String status, long sizeBytes, boolean published, String error) {

    public static RecordingView of(Recording r) {
        return new RecordingView(r.id(), r.stageId(), r.startedAt(), r.endedAt(), Math.round(r.durationMicros() / 1e6),
                r.status().apiName(), r.sizeBytes(), r.published(), r.error());
    }
}
