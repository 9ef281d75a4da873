package dev.marquee.platform.application.recording;

import dev.marquee.platform.domain.model.recording.RecordedInit;
import dev.marquee.platform.domain.model.recording.RecordedSegment;
import dev.marquee.platform.domain.model.recording.Recording;
import dev.marquee.platform.domain.model.recording.RecordingRepository;
import dev.marquee.platform.domain.model.recording.SegmentEntry;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.spi.recording.Recorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The database side of writing a recording, one short transaction per step. */
@ApplicationScoped
public class RecordingSteps {

    @Inject
    RecordingRepository recordings;

    @Inject
    StageRepository stages;

    private final Clock clock = Clock.systemUTC();

    /** A new recording of the stage in the store, or empty when the stage is gone or its recording is off. */
    @Transactional
    public Optional<Long> start(long stageId, String store, Instant startedAt) {
        Optional<Stage> stage = stages.find(stageId).filter(RecordingSteps::recorded);
        return stage.map(s -> recordings.add(new Recording(stageId, s.event().id(), store, startedAt)).id());
    }

    private static boolean recorded(Stage stage) {
        Object record = stage.settings().get(Recorder.RECORD_SETTING);
        return !(Boolean.FALSE.equals(record) || "false".equals(record));
    }

    @Transactional
    public void initStored(long recordingId, int version, String codecs, int width, int height, long size) {
        recordings.find(recordingId).ifPresent(recording -> {
            recordings.addInit(new RecordedInit(recordingId, version, codecs, width, height));
            recording.initStored(size, clock.instant());
        });
    }

    /** Indexes a segment whose object is stored; a segment indexed before (a retried write) counts once. */
    @Transactional
    public void segmentStored(long recordingId, SegmentEntry entry) {
        recordings.find(recordingId).ifPresent(recording -> {
            if (recordings.hasSegment(recordingId, entry.sequence())) {
                return;
            }
            recordings.addSegment(new RecordedSegment(recordingId, entry));
            recording.segmentStored(entry.durationMicros(), entry.sizeBytes(), Instant.ofEpochMilli(entry.endMillis()));
        });
    }

    /** The bytes all recordings hold. */
    @Transactional
    public long totalBytes() {
        return recordings.totalBytes();
    }

    @Transactional
    public void complete(long recordingId) {
        recordings.find(recordingId).ifPresent(recording -> recording.complete(clock.instant()));
    }

    @Transactional
    public void fail(long recordingId, String reason) {
        recordings.find(recordingId).ifPresent(recording -> recording.fail(reason, clock.instant()));
    }
}
