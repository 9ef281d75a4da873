package dev.marquee.plugin.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A person kept out of a room's chat, until a time (a time-out) or for good (a ban). Guests are held by
 * their network address too, so a new name does not get them back in.
 */
@Entity
@Table(name = "chat_ban")
public class ChatBan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String room;

    @Column(nullable = false)
    private String subject;

    private String address;

    @Column(name = "banned_until")
    private Instant until;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatBan() {
    }

    public ChatBan(String room, String subject, String address, Instant until, Instant createdAt) {
        this.room = room;
        this.subject = subject;
        this.address = address;
        this.until = until;
        this.createdAt = createdAt;
    }

    public String room() {
        return room;
    }

    public String subject() {
        return subject;
    }

    public String address() {
        return address;
    }

    /** When the time-out ends; null for a ban. */
    public Instant until() {
        return until;
    }

    public boolean activeAt(Instant now) {
        return until == null || now.isBefore(until);
    }

    /** Whether this ban is about the person: by subject, and a guest also by network address. */
    public boolean holds(String personSubject, boolean guest, String personAddress) {
        return subject.equals(personSubject) || (guest && address != null && address.equals(personAddress));
    }
}
