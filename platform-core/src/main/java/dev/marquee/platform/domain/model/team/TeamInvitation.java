package dev.marquee.platform.domain.model.team;

import dev.marquee.platform.spi.auth.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An offer, mailed to {@code email}, to take {@code role} for an event (or one of its stages). The link's
 * token is kept only as a hash; the invitation is spent (deleted) when accepted.
 */
@Entity
@Table(name = "team_invitation")
public class TeamInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "stage_id")
    private Long stageId;

    @Column(nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 200)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected TeamInvitation() {
    }

    public TeamInvitation(long eventId, Long stageId, String email, Role role, String tokenHash, String invitedBy,
                          Instant now, Instant expiresAt) {
        this.eventId = eventId;
        this.stageId = stageId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** A new link (the old one stops working) valid until {@code expiresAt}: for sending it again. */
    public void renew(String tokenHash, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public Long stageId() {
        return stageId;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
