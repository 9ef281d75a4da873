package dev.marquee.platform.domain.model.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The index entry of one stored media segment, written after the segment's object. */
@Entity
@Table(name = "recording_segment")
@IdClass(RecordedSegment.Key.class)
public class RecordedSegment {

    /** Its identity: the recording and the segment's sequence number. */
    public record Key(Long recordingId, Long sequence) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "recording_id")
    private Long recordingId;

    @Id
    @Column(name = "sequence")
    private Long sequence;

    @Column(name = "wall_clock_ms", nullable = false)
    private long wallClockMillis;

    @Column(name = "duration_micros", nullable = false)
    private long durationMicros;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private boolean discontinuity;

    @Column(name = "init_version", nullable = false)
    private int initVersion;

    protected RecordedSegment() {
    }

    public RecordedSegment(long recordingId, SegmentEntry entry) {
        this.recordingId = recordingId;
        this.sequence = entry.sequence();
        this.wallClockMillis = entry.wallClockMillis();
        this.durationMicros = entry.durationMicros();
        this.sizeBytes = entry.sizeBytes();
        this.discontinuity = entry.discontinuity();
        this.initVersion = entry.initVersion();
    }
}
