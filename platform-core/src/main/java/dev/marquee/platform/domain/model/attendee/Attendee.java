package dev.marquee.platform.domain.model.attendee;

import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.event.Event;
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
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** A person admitted to one event, by a ticket or an invitation. */
@Entity
@Table(name = "attendee")
public class Attendee {

    private static final String SUBJECT_PREFIX = "attendee:";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendee_seq")
    @SequenceGenerator(name = "attendee_seq", sequenceName = "attendee_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "first_name", length = 200)
    private String firstName;

    @Column(name = "last_name", length = 200)
    private String lastName;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendeeStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Attendee() {
    }

    public Attendee(Event event, String email, String firstName, String lastName, Instant now) {
        this.event = event;
        this.createdAt = now;
        this.status = AttendeeStatus.ACTIVE;
        rename(email, firstName, lastName, now);
    }

    /** Updates contact details; returns whether anything changed. */
    public final boolean rename(String newEmail, String newFirstName, String newLastName, Instant now) {
        String normalized = Account.normalizeEmail(newEmail);
        String newDisplay = displayNameOf(newFirstName, newLastName, normalized);
        boolean changed = !normalized.equals(email) || !java.util.Objects.equals(firstName, newFirstName)
                || !java.util.Objects.equals(lastName, newLastName);
        this.email = normalized;
        this.firstName = newFirstName;
        this.lastName = newLastName;
        this.displayName = newDisplay;
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    /** "First Last", or the email's local part when both names are blank. */
    static String displayNameOf(String first, String last, String email) {
        String name = ((first == null ? "" : first.trim()) + " " + (last == null ? "" : last.trim())).trim();
        return name.isEmpty() ? email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@')) : name;
    }

    public void revoke(Instant now) {
        this.status = AttendeeStatus.REVOKED;
        this.updatedAt = now;
    }

    public void reinstate(Instant now) {
        this.status = AttendeeStatus.ACTIVE;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String displayName() {
        return displayName;
    }

    public AttendeeStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String subject() {
        return SUBJECT_PREFIX + id;
    }

    /** The attendee id a subject names ({@code attendee:<id>}); empty for any other subject or null. */
    public static Optional<Long> idOf(String subject) {
        if (subject == null || !subject.startsWith(SUBJECT_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(subject.substring(SUBJECT_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
