package dev.marquee.platform.domain.model.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One message to one endpoint and the record of its attempts. {@code messageId} (the
 * {@code webhook-id} header) is the same on every attempt, and for every endpoint the fact went to,
 * so a receiver can drop repeats. The body is fixed when the message is written; the timestamp
 * and signature are made at each attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** The longest error text kept. */
    public static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id", nullable = false)
    private Webhook webhook;

    @Column(name = "message_id", nullable = false, length = 64)
    private String messageId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Column(nullable = false, length = 20000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WebhookDeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "retry_until", nullable = false)
    private Instant retryUntil;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claim_token", length = 40)
    private String claimToken;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(Webhook webhook, String messageId, String eventType, String payload, Instant now,
                           Instant retryUntil) {
        this.webhook = webhook;
        this.messageId = messageId;
        this.eventType = eventType;
        this.payload = payload;
        this.status = WebhookDeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.retryUntil = retryUntil;
        this.createdAt = now;
    }

    /** The endpoint answered 2xx. */
    public void delivered(int statusCode, Instant now) {
        attempted(statusCode, null, now);
        status = WebhookDeliveryStatus.DELIVERED;
        deliveredAt = now;
    }

    /**
     * An attempt failed: tried again at {@code next}, or marked failed when that is past the retry period.
     */
    public void attemptFailed(Integer statusCode, String error, Instant now, Instant next) {
        attempted(statusCode, error, now);
        if (next.isAfter(retryUntil)) {
            status = WebhookDeliveryStatus.FAILED;
        } else {
            status = WebhookDeliveryStatus.PENDING;
            nextAttemptAt = next;
        }
    }

    /** Sent again at once, with a fresh retry period (an organizer's "resend"); the message id stays. */
    public void resend(Instant now, Instant until) {
        status = WebhookDeliveryStatus.PENDING;
        nextAttemptAt = now;
        retryUntil = until;
        claimedUntil = null;
        claimToken = null;
    }

    private void attempted(Integer statusCode, String error, Instant now) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = statusCode;
        lastError = error == null ? null : error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        claimedUntil = null;
        claimToken = null;
    }

    public Long id() {
        return id;
    }

    public Webhook webhook() {
        return webhook;
    }

    public String messageId() {
        return messageId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public WebhookDeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant retryUntil() {
        return retryUntil;
    }

    public String claimToken() {
        return claimToken;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
