package dev.marquee.plugin.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A group chat of one event: an optional name, who started it and when. Members are {@link GroupMember}s. */
@Entity
@Table(name = "chat_group")
public class ChatGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "title")
    private String name;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatGroup() {
    }

    public ChatGroup(long eventId, String name, String createdBy, Instant createdAt) {
        this.eventId = eventId;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    /** Plain text (not escaped), or null when the group has no name. */
    public String name() {
        return name;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The chat room its messages are stored under. */
    public String room() {
        return room(id);
    }

    public static String room(long groupId) {
        return "group:" + groupId;
    }
}
