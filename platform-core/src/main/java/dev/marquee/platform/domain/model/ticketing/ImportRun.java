package dev.marquee.platform.domain.model.ticketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One import of an event's tickets, recorded from start to end with its counts and the rows it
 * rejected (the first {@value #KEPT_REJECTIONS}; {@code rejectedCount} has them all).
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    public static final int KEPT_REJECTIONS = 200;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "source_type", nullable = false, length = 64)
    private String sourceType;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 16)
    private ImportTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int cancelled;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int missing;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    @Column(nullable = false, length = 40000)
    private String rejected = "[]";

    @Column(length = 2000)
    private String error;

    protected ImportRun() {
    }

    public ImportRun(long eventId, Long sourceId, String sourceType, ImportTrigger trigger, Instant now) {
        this.eventId = eventId;
        this.sourceId = sourceId;
        this.sourceType = sourceType;
        this.trigger = trigger;
        this.status = ImportStatus.RUNNING;
        this.startedAt = now;
    }

    /** Progress so far (also the final counts once finished). */
    public void progress(ImportCounts counts, List<RejectedRow> firstRejections) {
        this.rowsRead = counts.rowsRead();
        this.created = counts.created();
        this.updated = counts.updated();
        this.cancelled = counts.cancelled();
        this.unchanged = counts.unchanged();
        this.missing = counts.missing();
        this.rejectedCount = counts.rejected();
        this.rejected = JSON.toJson(firstRejections.subList(0, Math.min(KEPT_REJECTIONS, firstRejections.size())));
    }

    public void succeed(Instant now) {
        this.status = ImportStatus.SUCCEEDED;
        this.finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        this.status = ImportStatus.FAILED;
        this.error = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        this.finishedAt = now;
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public Long sourceId() {
        return sourceId;
    }

    public String sourceType() {
        return sourceType;
    }

    public ImportTrigger trigger() {
        return trigger;
    }

    public ImportStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String error() {
        return error;
    }

    public ImportCounts counts() {
        return new ImportCounts(rowsRead, created, updated, cancelled, unchanged, missing, rejectedCount);
    }

    public List<RejectedRow> rejected() {
        return new ArrayList<>(Arrays.asList(JSON.fromJson(rejected, RejectedRow[].class)));
    }
}
