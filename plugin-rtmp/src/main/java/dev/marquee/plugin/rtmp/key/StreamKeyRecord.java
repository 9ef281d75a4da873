package dev.marquee.plugin.rtmp.key;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stage's current stream key, as stored: the nonce it is derived from and its hash, never the key. */
@Entity
@Table(name = "rtmp_stream_key")
public class StreamKeyRecord {

    @Id
    @Column(name = "stage_id")
    private long stageId;

    @Column(nullable = false)
    private String nonce;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected StreamKeyRecord() {
    }

    public StreamKeyRecord(long stageId, String nonce, String keyHash, Instant issuedAt) {
        this.stageId = stageId;
        replace(nonce, keyHash, issuedAt);
    }

    public final void replace(String newNonce, String newKeyHash, Instant at) {
        this.nonce = newNonce;
        this.keyHash = newKeyHash;
        this.issuedAt = at;
    }

    public long stageId() {
        return stageId;
    }

    public String nonce() {
        return nonce;
    }

    public String keyHash() {
        return keyHash;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
