package dev.marquee.plugin.rtmp.restream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A restream target as stored: the address, the sealed stream key, whether it is on. */
@Entity
@Table(name = "rtmp_restream")
public class RestreamRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(nullable = false)
    private String url;

    @Column(name = "key_sealed", nullable = false)
    private String keySealed;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RestreamRecord() {
    }

    RestreamRecord(long stageId, String url, String keySealed, boolean enabled, Instant createdAt) {
        this.stageId = stageId;
        this.url = url;
        this.keySealed = keySealed;
        this.enabled = enabled;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public long stageId() {
        return stageId;
    }

    public String url() {
        return url;
    }

    String keySealed() {
        return keySealed;
    }

    public boolean enabled() {
        return enabled;
    }

    void change(String newUrl, String newKeySealed, boolean nowEnabled) {
        this.url = newUrl;
        this.keySealed = newKeySealed;
        this.enabled = nowEnabled;
    }
}
