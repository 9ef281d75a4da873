package dev.marquee.platform.domain.model.account;

import dev.marquee.platform.spi.auth.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A person who signs in with email and password. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<RoleGrant> grants = new ArrayList<>();

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, Instant now) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    /** Emails are compared case-insensitively: stored trimmed and lower-case. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Grants {@code role} platform-wide ({@code eventId} null) or for one event; granting twice changes nothing. */
    public void grant(Role role, Long eventId) {
        grant(role, eventId, null);
    }

    /** Grants {@code role} platform-wide, for one event, or for one stage of it; granting twice changes nothing. */
    public void grant(Role role, Long eventId, Long stageId) {
        if (!holds(role, eventId, stageId)) {
            grants.add(new RoleGrant(this, role, eventId, stageId));
        }
    }

    public boolean holds(Role role, Long eventId) {
        return holds(role, eventId, null);
    }

    public boolean holds(Role role, Long eventId, Long stageId) {
        return grants.stream().anyMatch(g -> g.role() == role && Objects.equals(g.eventId(), eventId)
                && Objects.equals(g.stageId(), stageId));
    }

    /** Takes a grant back; false if this account holds no grant with that id. */
    public boolean revoke(long grantId) {
        return grants.removeIf(g -> g.id() != null && g.id() == grantId);
    }

    /** Every grant, platform-wide, per event and per stage. */
    public List<RoleGrant> grants() {
        return List.copyOf(grants);
    }

    /** The platform-wide roles plus those granted for the whole of {@code eventId} (not for single stages). */
    public Set<Role> rolesFor(Long eventId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.stream()
                .filter(g -> g.stageId() == null && (g.eventId() == null || g.eventId().equals(eventId)))
                .forEach(g -> roles.add(g.role()));
        return roles;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** The subject that identifies this account in sessions and chat. */
    public String subject() {
        return "account:" + id;
    }
}
