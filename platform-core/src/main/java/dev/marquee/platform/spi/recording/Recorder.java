package dev.marquee.platform.spi.recording;

import java.time.Instant;
import java.util.Optional;

/**
 * Core's recorder, for media providers that produce fragmented MP4 (CMAF) from a live stream: inject it
 * and {@link #begin} when a stream starts on the instance that holds its publisher.
 *
 * <p><b>Threads.</b> {@link #begin} may be called from any thread and does not block on storage.
 */
public interface Recorder {

    /**
     * A new recording of the stage's stream, or empty when nothing is recorded (recording is switched off
     * for this instance, the instance's quota is used up, or the stage is gone); the reason is logged.
     */
    Optional<RecordingWriter> begin(long stageId, Instant startedAt);
}
