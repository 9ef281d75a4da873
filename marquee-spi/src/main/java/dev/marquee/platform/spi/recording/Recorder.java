package dev.marquee.platform.spi.recording;

import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingType;

import java.time.Instant;
import java.util.Optional;

/**
 * Core's recorder, for media providers that produce fragmented MP4 (CMAF) from a live stream: inject it
 * and {@link #begin} when a stream starts on the instance that holds its publisher.
 *
 * <p><b>Threads.</b> {@link #begin} may be called from any thread and does not block on storage.
 *
 * @since 0.1.0
 */
public interface Recorder {

    /** The stage setting that switches recording off for one stage ({@code false}); absent means on. */
    String RECORD_SETTING = "record";

    /** The {@link #RECORD_SETTING} a recording media provider adds to its stage settings. */
    static SettingDescriptor recordSetting() {
        return SettingDescriptor.of(RECORD_SETTING, SettingType.BOOLEAN, "Record")
                .help("Records every stream to this stage; each scheduled session becomes a replay")
                .defaultValue(Boolean.TRUE);
    }

    /**
     * A new recording of the stage's stream, or empty when nothing is recorded (recording is switched off
     * for this instance or by the stage's {@link #RECORD_SETTING}, the quota is used up, or the stage is
     * gone); the reason is logged.
     */
    Optional<RecordingWriter> begin(long stageId, Instant startedAt);
}
