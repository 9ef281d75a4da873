package dev.marquee.platform.domain.model.event;

import dev.marquee.platform.domain.model.branding.Branding;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;

/** An online event: a set of stages with a schedule, shown in its own timezone. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false, length = 64)
    private String timezone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventAccess access;

    @Column(name = "recording_retention_days")
    private Integer recordingRetentionDays;

    /** Space-separated origins allowed to frame the event's player page; null for none. */
    @Column(name = "embed_origins", length = 6000)
    private String embedOrigins;

    /** How many streams one person may play at once; null for no limit. */
    @Column(name = "max_concurrent_streams")
    private Integer maxConcurrentStreams;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    private Branding branding;

    @Version
    private long version;

    protected Event() {
    }

    public Event(String slug, String title, String description, ZoneId timezone, EventAccess access, Instant now) {
        this.createdAt = now;
        change(slug, title, description, timezone, access, now);
    }

    public final void change(String newSlug, String newTitle, String newDescription, ZoneId newTimezone,
                             EventAccess newAccess, Instant now) {
        this.slug = newSlug;
        this.title = newTitle;
        this.description = newDescription;
        this.timezone = newTimezone.getId();
        this.access = newAccess;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public EventAccess access() {
        return access;
    }

    /** Days the event's recordings are kept; null keeps them for ever. */
    public Integer recordingRetentionDays() {
        return recordingRetentionDays;
    }

    public void keepRecordings(Integer days) {
        this.recordingRetentionDays = days;
    }

    /** The origins allowed to frame the event's player page, space-separated as stored; null for none. */
    public String embedOrigins() {
        return embedOrigins;
    }

    /** Sets the origins (already checked and normalized, space-separated; null for none). */
    public void allowEmbeddingFrom(String origins) {
        this.embedOrigins = origins;
    }

    /** How many streams one person may play at once in this event; null for no limit. */
    public Integer maxConcurrentStreams() {
        return maxConcurrentStreams;
    }

    public void limitConcurrentStreams(Integer max) {
        if (max != null && max < 1) {
            throw new IllegalArgumentException("A stream limit is at least 1");
        }
        this.maxConcurrentStreams = max;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** How the event looks; {@link Branding#NONE} when the organizer has not branded it. */
    public Branding branding() {
        return branding == null ? Branding.NONE : branding;
    }

    public void brand(Branding newBranding, Instant now) {
        this.branding = newBranding.isEmpty() ? null : newBranding;
        this.updatedAt = now;
    }
}
