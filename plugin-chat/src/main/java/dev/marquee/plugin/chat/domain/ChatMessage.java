package dev.marquee.plugin.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One accepted chat message; {@code body} is already safe text (see ChatText). */
@Entity
@Table(name = "chat_message")
public class ChatMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String room;

    @Column(name = "author_subject", nullable = false)
    private String authorSubject;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_role", nullable = false)
    private String authorRole;

    @Column(nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private boolean pinned;

    protected ChatMessage() {
    }

    public ChatMessage(String room, Author author, String body, Instant sentAt) {
        this.room = room;
        this.authorSubject = author.subject();
        this.authorName = author.name();
        this.authorRole = author.role();
        this.body = body;
        this.sentAt = sentAt;
    }

    public Long id() {
        return id;
    }

    public String room() {
        return room;
    }

    public Author author() {
        return new Author(authorSubject, authorName, authorRole);
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean deleted() {
        return deleted;
    }

    public boolean pinned() {
        return pinned;
    }

    void delete() {
        this.deleted = true;
        this.pinned = false;
    }

    void pin(boolean on) {
        this.pinned = on;
    }
}
