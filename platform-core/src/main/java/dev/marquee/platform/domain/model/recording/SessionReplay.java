package dev.marquee.platform.domain.model.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * How a scheduled session's replay is cut: it covers the session's scheduled slot moved by the two
 * offsets (an organizer trims a late start or an overrun), and whether attendees see it. A session
 * without a row has offsets 0 and is published.
 */
@Entity
@Table(name = "session_replay")
public class SessionReplay {

    /** Furthest an offset may move a replay's start or end: 6 hours. */
    public static final int MAX_OFFSET_SECONDS = 6 * 3600;

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "start_offset_seconds", nullable = false)
    private int startOffsetSeconds;

    @Column(name = "end_offset_seconds", nullable = false)
    private int endOffsetSeconds;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "ready_at")
    private Instant readyAt;

    protected SessionReplay() {
    }

    public SessionReplay(long sessionId) {
        this.sessionId = sessionId;
        this.published = true;
    }

    public void cut(int startOffset, int endOffset, boolean shown) {
        if (shown && !published) {
            readyAt = null; // announced again when published again
        }
        this.startOffsetSeconds = startOffset;
        this.endOffsetSeconds = endOffset;
        this.published = shown;
    }

    /** Marks the replay announced ({@code ReplayReady} fired). */
    public void ready(Instant now) {
        this.readyAt = now;
    }

    public long sessionId() {
        return sessionId;
    }

    public int startOffsetSeconds() {
        return startOffsetSeconds;
    }

    public int endOffsetSeconds() {
        return endOffsetSeconds;
    }

    public boolean published() {
        return published;
    }

    public Instant readyAt() {
        return readyAt;
    }
}
