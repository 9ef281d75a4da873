package dev.marquee.platform.domain.model.webhook;

import dev.marquee.platform.infrastructure.persistence.jpa.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An endpoint that receives signed messages: for one event ({@code eventId}) or for the whole
 * instance ({@code eventId} null), for the event types listed ({@code *} for all). The signing secret
 * is held sealed; only the dispatcher opens it, to sign.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    /** The event-type entry that stands for every type. */
    public static final String ALL = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    @Column(nullable = false, length = 2000)
    private String url;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 1000)
    private List<String> events = new ArrayList<>();

    @Column(name = "secret_sealed", nullable = false, length = 200)
    private String secretSealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Webhook() {
    }

    public Webhook(Long eventId, String url, List<String> events, String secretSealed, Instant now) {
        this.eventId = eventId;
        this.url = url;
        this.events = new ArrayList<>(events);
        this.secretSealed = secretSealed;
        this.createdAt = now;
    }

    /** Whether this endpoint wants messages of {@code type}. */
    public boolean wants(String type) {
        return events.contains(ALL) || events.contains(type);
    }

    public Long id() {
        return id;
    }

    public Long eventId() {
        return eventId;
    }

    public String url() {
        return url;
    }

    public List<String> events() {
        return List.copyOf(events);
    }

    public String secretSealed() {
        return secretSealed;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
