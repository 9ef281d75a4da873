package dev.marquee.platform.domain.model.account;

import dev.marquee.platform.spi.auth.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One role held by an account: platform-wide when {@code eventId} is null, for one event, or for one
 * stage of that event when {@code stageId} is set too.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "stage_id")
    private Long stageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    protected RoleGrant() {
    }

    RoleGrant(Account account, Role role, Long eventId, Long stageId) {
        if (stageId != null && eventId == null) {
            throw new IllegalArgumentException("A stage grant names its event too");
        }
        this.account = account;
        this.role = role;
        this.eventId = eventId;
        this.stageId = stageId;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Role role() {
        return role;
    }

    public Long eventId() {
        return eventId;
    }

    public Long stageId() {
        return stageId;
    }

    public boolean platformWide() {
        return eventId == null;
    }
}
