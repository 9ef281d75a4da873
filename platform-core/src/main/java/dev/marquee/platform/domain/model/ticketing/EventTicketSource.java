package dev.marquee.platform.domain.model.ticketing;

import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.infrastructure.persistence.jpa.JsonObjectConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A ticket source (a ticketing plugin with its settings) that feeds one event's attendees. */
@Entity
@Table(name = "ticket_source")
public class EventTicketSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(nullable = false, length = 64)
    private String type;

    @Convert(converter = JsonObjectConverter.class)
    @Column(nullable = false, length = 20000)
    private Map<String, Object> settings = new LinkedHashMap<>();

    @Column(name = "cursor_value", length = 500)
    private String cursor;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected EventTicketSource() {
    }

    public EventTicketSource(Event event, String type, Map<String, Object> settings, Instant now) {
        this.event = event;
        this.type = type;
        this.createdAt = now;
        this.nextRunAt = now;
        configure(settings);
    }

    /** New settings; the next run reads everything again and comes at once. */
    public final void configure(Map<String, Object> newSettings) {
        this.settings = new LinkedHashMap<>(newSettings);
        this.cursor = null;
        this.nextRunAt = createdAt;
    }

    public void ranUntil(String newCursor) {
        this.cursor = newCursor;
    }

    public void scheduleNext(Instant at) {
        this.nextRunAt = at;
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public String type() {
        return type;
    }

    public Map<String, Object> settings() {
        return Map.copyOf(settings);
    }

    public String cursor() {
        return cursor;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }
}
