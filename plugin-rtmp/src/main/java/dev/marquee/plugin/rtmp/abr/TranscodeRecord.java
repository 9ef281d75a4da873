package dev.marquee.plugin.rtmp.abr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stage's transcoding ladder as stored ({@link Ladder#encode}) and whether it is on. */
@Entity
@Table(name = "rtmp_transcode")
public class TranscodeRecord {

    @Id
    @Column(name = "stage_id")
    private Long stageId;

    @Column(nullable = false)
    private String renditions;

    @Column(nullable = false)
    private String encoder;

    @Column(nullable = false)
    private String preset;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TranscodeRecord() {
    }

    TranscodeRecord(long stageId) {
        this.stageId = stageId;
    }

    public long stageId() {
        return stageId;
    }

    String renditions() {
        return renditions;
    }

    String encoder() {
        return encoder;
    }

    String preset() {
        return preset;
    }

    public boolean enabled() {
        return enabled;
    }

    void change(Ladder ladder, boolean on, Instant at) {
        this.renditions = ladder.encode();
        this.encoder = ladder.encoder();
        this.preset = ladder.preset();
        this.enabled = on;
        this.updatedAt = at;
    }
}
