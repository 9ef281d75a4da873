package dev.marquee.platform.domain.model.viewing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One playback of a stage by a person (or a guest, {@code subject} null), as stored. */
@Entity
@Table(name = "viewing")
public class ViewingRecord {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(name = "scheduled_session_id")
    private Long scheduledSessionId;

    @Column(length = 100)
    private String subject;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(nullable = false, length = 16)
    private String protocol;

    @Column(nullable = false, length = 40)
    private String device;

    @Column(nullable = false, length = 64)
    private String instance;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private long bytes;

    protected ViewingRecord() {
    }

    public ViewingRecord(String id, long eventId, long stageId, Long scheduledSessionId, String subject,
                         String displayName, String protocol, String device, String instance, Instant startedAt) {
        this.id = id;
        this.eventId = eventId;
        this.stageId = stageId;
        this.scheduledSessionId = scheduledSessionId;
        this.subject = subject;
        this.displayName = displayName;
        this.protocol = protocol;
        this.device = device;
        this.instance = instance;
        this.startedAt = startedAt;
        this.lastSeenAt = startedAt;
    }

    /** Brings the stored state up to what the ledger knows now. */
    public void update(long totalBytes, Instant seenAt, Instant ended) {
        this.bytes = totalBytes;
        this.lastSeenAt = seenAt;
        this.endedAt = ended;
    }

    public String id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public long stageId() {
        return stageId;
    }

    public Long scheduledSessionId() {
        return scheduledSessionId;
    }

    /** The person; null for a guest. */
    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public String protocol() {
        return protocol;
    }

    public String device() {
        return device;
    }

    public String instance() {
        return instance;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long bytes() {
        return bytes;
    }
}
