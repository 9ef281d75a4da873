package dev.marquee.plugin.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a room's moderation log: who did what to whom. */
@Entity
@Table(name = "chat_moderation")
public class ModerationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String room;

    @Column(nullable = false)
    private String action;

    @Column(name = "moderator_name", nullable = false)
    private String moderatorName;

    @Column(name = "target_name")
    private String targetName;

    @Column(name = "message_id")
    private Long messageId;

    private String detail;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    protected ModerationEntry() {
    }

    public ModerationEntry(String room, String action, String moderatorName, String targetName, Long messageId,
                           String detail, Instant at) {
        this.room = room;
        this.action = action;
        this.moderatorName = moderatorName;
        this.targetName = targetName;
        this.messageId = messageId;
        this.detail = detail;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public String action() {
        return action;
    }

    public String moderatorName() {
        return moderatorName;
    }

    public String targetName() {
        return targetName;
    }

    public Long messageId() {
        return messageId;
    }

    public String detail() {
        return detail;
    }

    public Instant at() {
        return at;
    }
}
