package dev.marquee.platform.domain.model.attendee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** An attendee's access code, kept only as the SHA-256 of its normalised form. */
@Entity
@Table(name = "access_code")
public class AccessCode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_code_seq")
    @SequenceGenerator(name = "access_code_seq", sequenceName = "access_code_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendee_id", nullable = false)
    private Attendee attendee;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccessCodeStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AccessCode() {
    }

    public AccessCode(Attendee attendee, String codeHash, Instant now, Instant expiresAt) {
        this.attendee = attendee;
        this.codeHash = codeHash;
        this.status = AccessCodeStatus.ACTIVE;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public void replace() {
        this.status = AccessCodeStatus.REPLACED;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Attendee attendee() {
        return attendee;
    }

    public AccessCodeStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
