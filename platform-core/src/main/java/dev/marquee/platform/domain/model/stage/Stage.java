package dev.marquee.platform.domain.model.stage;

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

/** A stage of an event: its stream comes from the media provider {@code provider}, configured by {@code settings}. */
@Entity
@Table(name = "stage")
public class Stage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(nullable = false, length = 64)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int order;

    @Column(nullable = false, length = 64)
    private String provider;

    @Convert(converter = JsonObjectConverter.class)
    @Column(nullable = false, length = 20000)
    private Map<String, Object> settings = new LinkedHashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Stage() {
    }

    public Stage(Event event, String slug, String name, int order, String provider, Map<String, Object> settings,
                 Instant now) {
        this.event = event;
        this.provider = provider;
        this.createdAt = now;
        rename(slug, name);
        moveTo(order);
        configure(settings);
    }

    public final void rename(String newSlug, String newName) {
        this.slug = newSlug;
        this.name = newName;
    }

    public final void moveTo(int newOrder) {
        this.order = newOrder;
    }

    public final void configure(Map<String, Object> newSettings) {
        this.settings = new LinkedHashMap<>(newSettings);
    }

    /** Moves the stage to another media provider (or keeps it) with settings valid for that provider. */
    public void switchProvider(String newProvider, Map<String, Object> newSettings) {
        this.provider = newProvider;
        configure(newSettings);
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public int order() {
        return order;
    }

    public String provider() {
        return provider;
    }

    public Map<String, Object> settings() {
        return Map.copyOf(settings);
    }
}
