package dev.marquee.platform.domain.model.schedule;

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

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A schedule URL an event keeps in sync with: fetched every {@code interval} and imported with its
 * room → stage mapping, the last run's outcome kept for the console. One per event.
 */
@Entity
@Table(name = "schedule_feed")
public class ScheduleFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(nullable = false, length = 2000)
    private String url;

    /** Room name → stage id (a number), or null for a room left out. */
    @Convert(converter = JsonObjectConverter.class)
    @Column(name = "room_mapping", nullable = false, length = 20000)
    private Map<String, Object> mapping = new LinkedHashMap<>();

    @Column(name = "interval_minutes", nullable = false)
    private int intervalMinutes;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    /** The last run's counts as text ("2 created, 1 updated, ..."), or null before the first run. */
    @Column(name = "last_result", length = 500)
    private String lastResult;

    /** Why the last run failed, or null when it did not. */
    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    private long version;

    protected ScheduleFeed() {
    }

    public ScheduleFeed(Event event, String url, Map<String, Long> mapping, int intervalMinutes, Instant now) {
        this.event = event;
        configure(url, mapping, intervalMinutes, now);
    }

    public final void configure(String newUrl, Map<String, Long> newMapping, int minutes, Instant now) {
        this.url = newUrl;
        this.mapping = new LinkedHashMap<>(newMapping);
        this.intervalMinutes = minutes;
        this.nextRunAt = now.plus(interval());
    }

    public void ran(Instant at, String result, String error) {
        this.lastRunAt = at;
        this.lastResult = result;
        this.lastError = error;
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

    public String url() {
        return url;
    }

    /** room → stage id; rooms left out map to null. */
    public Map<String, Long> mapping() {
        Map<String, Long> copy = new LinkedHashMap<>();
        mapping.forEach((room, stage) -> copy.put(room, stage instanceof Number n ? n.longValue() : null));
        return copy;
    }

    public Duration interval() {
        return Duration.ofMinutes(intervalMinutes);
    }

    public int intervalMinutes() {
        return intervalMinutes;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }

    public Instant lastRunAt() {
        return lastRunAt;
    }

    public String lastResult() {
        return lastResult;
    }

    public String lastError() {
        return lastError;
    }
}
