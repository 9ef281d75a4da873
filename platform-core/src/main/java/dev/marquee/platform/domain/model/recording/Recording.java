package dev.marquee.platform.domain.model.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One published stream of one stage, stored as fragmented MP4 segments in a {@code RecordingStore}
 * under the key prefix {@code {id}/}. The totals grow with each indexed segment; a recording whose
 * stage was deleted keeps a null stage until the sweep has deleted its objects.
 */
@Entity
@Table(name = "recording")
public class Recording {

    /** Longest error sentence kept. */
    public static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stage_id")
    private Long stageId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(nullable = false, length = 40)
    private String store;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecordingStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "duration_micros", nullable = false)
    private long durationMicros;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int segments;

    @Column(nullable = false)
    private boolean published;

    @Column(length = MAX_ERROR)
    private String error;

    protected Recording() {
    }

    public Recording(long stageId, long eventId, String store, Instant startedAt) {
        this.stageId = stageId;
        this.eventId = eventId;
        this.store = store;
        this.status = RecordingStatus.RECORDING;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
        this.published = true;
    }

    /** Counts a segment just stored and indexed, which ends at {@code end} on the wall clock. */
    public void segmentStored(long segmentMicros, long size, Instant end) {
        durationMicros += segmentMicros;
        sizeBytes += size;
        segments++;
        updatedAt = end;
    }

    /** Counts an init segment just stored. */
    public void initStored(long size, Instant now) {
        sizeBytes += size;
        updatedAt = now;
    }

    /** The stream ended, or its instance is gone: what is indexed is the whole recording. */
    public void complete(Instant now) {
        if (status == RecordingStatus.RECORDING) {
            status = RecordingStatus.COMPLETE;
            endedAt = startedAt.plusNanos(durationMicros * 1000);
            updatedAt = now;
        }
    }

    /** Writing stopped: what is indexed stays playable, the reason is shown to organizers. */
    public void fail(String reason, Instant now) {
        if (status == RecordingStatus.RECORDING) {
            status = RecordingStatus.FAILED;
            error = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
            endedAt = startedAt.plusNanos(durationMicros * 1000);
            updatedAt = now;
        }
    }

    public void publish(boolean shown) {
        this.published = shown;
    }

    /** The key prefix of its objects in the store. */
    public String keyPrefix() {
        return id + "/";
    }

    public Long id() {
        return id;
    }

    public Long stageId() {
        return stageId;
    }

    public Long eventId() {
        return eventId;
    }

    public String store() {
        return store;
    }

    public RecordingStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long durationMicros() {
        return durationMicros;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public int segments() {
        return segments;
    }

    public boolean published() {
        return published;
    }

    public String error() {
        return error;
    }
}
