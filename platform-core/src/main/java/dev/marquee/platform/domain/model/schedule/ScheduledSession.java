package dev.marquee.platform.domain.model.schedule;

import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.infrastructure.persistence.jpa.StringListConverter;
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
import java.util.ArrayList;
import java.util.List;

/** A slot on a stage's schedule, from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
@Entity
@Table(name = "schedule_session")
public class ScheduledSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false)
    private Stage stage;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 2000)
    private List<String> speakers = new ArrayList<>();

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The id of the talk in the schedule file this session was imported from; null for a session made by hand. */
    @Column(name = "external_id", length = 200)
    private String externalId;

    /** {@link SessionFingerprint} of what the last import wrote; a different current one means edited by hand. */
    @Column(name = "imported_fingerprint", length = 64)
    private String importedFingerprint;

    @Version
    private long version;

    protected ScheduledSession() {
    }

    public ScheduledSession(Stage stage, TimeSlot slot, String title, String description, List<String> speakers) {
        this.stage = stage;
        change(slot, title, description, speakers);
    }

    /** Moves the session to another stage of the same event (the service checks the event). */
    public void moveTo(Stage other) {
        this.stage = other;
    }

    public final void change(TimeSlot slot, String newTitle, String newDescription, List<String> newSpeakers) {
        this.startsAt = slot.startsAt();
        this.endsAt = slot.endsAt();
        this.title = newTitle;
        this.description = newDescription;
        this.speakers = new ArrayList<>(newSpeakers);
    }

    /** Marks the session as the import of talk {@code id}, holding what the import just wrote. */
    public void importedAs(String id) {
        this.externalId = id;
        this.importedFingerprint = fingerprint();
    }

    /** The talk this session was imported from, or null for a session made by hand. */
    public String externalId() {
        return externalId;
    }

    /** Whether someone changed the session (its texts, times or stage) since an import last wrote it. */
    public boolean editedSinceImport() {
        return externalId != null && !fingerprint().equals(importedFingerprint);
    }

    /** The session's content (stage, texts, times) as a fingerprint. */
    public String fingerprint() {
        return SessionFingerprint.of(stage.id(), title, description, speakers, slot());
    }

    public Long id() {
        return id;
    }

    public Stage stage() {
        return stage;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<String> speakers() {
        return List.copyOf(speakers);
    }

    public TimeSlot slot() {
        return new TimeSlot(startsAt, endsAt);
    }
}
