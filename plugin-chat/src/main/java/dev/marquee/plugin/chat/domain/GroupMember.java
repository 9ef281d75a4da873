package dev.marquee.plugin.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One person in a group chat: their subject (an attendee or account) and the name the others see. */
@Entity
@Table(name = "chat_group_member")
public class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected GroupMember() {
    }

    public GroupMember(long groupId, String subject, String displayName, Instant joinedAt) {
        this.groupId = groupId;
        this.subject = subject;
        this.displayName = displayName;
        this.joinedAt = joinedAt;
    }

    public long groupId() {
        return groupId;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
