package dev.marquee.platform.domain.model.recording;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Recordings, their index of segments and the replays' cuts. Call within a transaction. */
public interface RecordingRepository {

    Recording add(Recording recording);

    Optional<Recording> find(long id);

    /** The stage's recordings, newest first. */
    List<Recording> ofStage(long stageId);

    /** The stage's recordings that overlap the wall-clock window, oldest first. */
    List<Recording> overlapping(long stageId, Instant from, Instant to);

    /** The stages with a recording that was still being written at {@code since} or later. */
    java.util.Set<Long> stagesRecordedSince(Instant since);

    /** The event's stages that have any recorded segment. */
    java.util.Set<Long> recordedStagesOf(long eventId);

    /** Recordings still marked as recording whose last segment was stored before {@code before}. */
    List<Recording> silentSince(Instant before);

    /** Recordings whose stage or event was deleted. */
    List<Recording> orphaned();

    /** Recordings of events that keep theirs for a number of days, started before that many days ago. */
    List<Recording> pastRetention(Instant now);

    /** The bytes all recordings hold. */
    long totalBytes();

    void addInit(RecordedInit init);

    List<RecordedInit> inits(long recordingId);

    void addSegment(RecordedSegment segment);

    /** The recording's segments that overlap the window (epoch milliseconds), in order. */
    List<SegmentEntry> segments(long recordingId, long fromMillis, long toMillis);

    /** Whether the recording has the segment. */
    boolean hasSegment(long recordingId, long sequence);

    void remove(Recording recording);

    Optional<SessionReplay> cut(long sessionId);

    SessionReplay addCut(SessionReplay cut);
}
