package dev.marquee.platform.domain.model.signin;

import dev.marquee.platform.spi.auth.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A signed-in browser: the identity a mechanism vouched for, until {@code expiresAt}. */
@Entity
@Table(name = "sign_in_session")
public class SignInSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "csrf_hash", nullable = false, length = 64)
    private String csrfHash;

    @Column(nullable = false, length = 100)
    private String subject;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(nullable = false, length = 100)
    private String roles;

    @Column(name = "event_id")
    private Long eventId;

    @Column(nullable = false, length = 64)
    private String mechanism;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_reason", length = 64)
    private String endedReason;

    protected SignInSession() {
    }

    public SignInSession(String tokenHash, String csrfHash, String subject, String displayName, String email,
                         Set<Role> roles, Long eventId, String mechanism, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.csrfHash = csrfHash;
        this.subject = subject;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.eventId = eventId;
        this.mechanism = mechanism;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean expired(Instant now) {
        return endedReason != null || !now.isBefore(expiresAt);
    }

    /** Ends the session early, remembering why, so the browser that held it can be told. */
    public void end(String reason, Instant now) {
        this.endedReason = reason;
        if (expiresAt.isAfter(now)) {
            this.expiresAt = now;
        }
    }

    /** Why the session was ended early ({@code device_limit}, ...), or null. */
    public String endedReason() {
        return endedReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long id() {
        return id;
    }

    public String csrfHash() {
        return csrfHash;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (!roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        }
        return set;
    }

    public Long eventId() {
        return eventId;
    }

    public String mechanism() {
        return mechanism;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
