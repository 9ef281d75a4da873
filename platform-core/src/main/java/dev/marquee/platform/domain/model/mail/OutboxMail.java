package dev.marquee.platform.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * One email to send. The body (which may hold an access code) is erased once the mail server has
 * accepted it; the row stays as the record of what was sent to whom and when.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "attendee_id")
    private Long attendeeId;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", length = 20000)
    private String textBody;

    @Column(name = "html_body", length = 40000)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(Long eventId, Long attendeeId, String recipient, String subject, String textBody,
                      String htmlBody, Instant now) {
        this.eventId = eventId;
        this.attendeeId = attendeeId;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void sent(Instant now) {
        this.status = OutboxStatus.SENT;
        this.sentAt = now;
        this.claimedUntil = null;
        this.textBody = null;
        this.htmlBody = null;
        this.lastError = null;
        this.lastErrorAt = null;
    }

    /**
     * Taken for sending at once by whoever created it (a test mail), so no dispatcher takes it unless
     * this claim runs out.
     */
    public void claimUntil(Instant until) {
        this.status = OutboxStatus.SENDING;
        this.claimedUntil = until;
    }

    /** Failed and not to be tried again (a test mail, whose sender already heard why). */
    public void abandon(String error, Instant now) {
        this.attempts++;
        this.lastError = errorText(error);
        this.lastErrorAt = now;
        this.claimedUntil = null;
        this.status = OutboxStatus.FAILED;
        this.textBody = null;
        this.htmlBody = null;
    }

    /** A failed attempt: wait longer each time (30 s doubling, at most an hour), give up after {@value #MAX_ATTEMPTS}. */
    public void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = errorText(error);
        this.lastErrorAt = now;
        this.claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            this.status = OutboxStatus.FAILED;
            this.textBody = null;
            this.htmlBody = null;
        } else {
            this.status = OutboxStatus.PENDING;
            this.nextAttemptAt = now.plus(backoff(attempts));
        }
    }

    /** An error as stored: at most the column's 1,000 characters. */
    public static String errorText(String error) {
        return error == null ? "unknown error" : error.substring(0, Math.min(1000, error.length()));
    }

    static Duration backoff(int attempt) {
        long seconds = 30L << Math.min(attempt - 1, 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    public Long id() {
        return id;
    }

    public Long attendeeId() {
        return attendeeId;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    /** When {@link #lastError} happened. */
    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
