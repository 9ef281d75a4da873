package dev.marquee.platform.domain.model.attendee;

import dev.marquee.platform.domain.model.event.Event;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A ticket from a ticket source; {@code (event, sourceType, externalId)} identifies it across imports. */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendee_id", nullable = false)
    private Attendee attendee;

    @Column(name = "source_type", nullable = false, length = 64)
    private String sourceType;

    @Column(name = "external_id", nullable = false, length = 200)
    private String externalId;

    @Column(name = "order_id", length = 200)
    private String orderId;

    @Column(name = "ticket_type", length = 200)
    private String ticketType;

    @Column(length = 64)
    private String status;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "purchased_at")
    private Instant purchasedAt;

    @Column(name = "row_hash", length = 64)
    private String rowHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(Event event, Attendee attendee, String sourceType, String externalId, Instant now) {
        this.event = event;
        this.attendee = attendee;
        this.sourceType = sourceType;
        this.externalId = externalId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Records what the source says of the ticket now, with the fingerprint of the source row that an
     * unchanged re-import compares against; returns whether anything changed.
     */
    public boolean record(String newOrderId, String newTicketType, String newStatus, boolean nowCancelled,
                          Instant newPurchasedAt, String newRowHash, Instant now) {
        this.rowHash = newRowHash;
        boolean changed = !java.util.Objects.equals(orderId, newOrderId)
                || !java.util.Objects.equals(ticketType, newTicketType)
                || !java.util.Objects.equals(status, newStatus)
                || cancelled != nowCancelled
                || !java.util.Objects.equals(purchasedAt, newPurchasedAt);
        if (changed) {
            this.orderId = newOrderId;
            this.ticketType = newTicketType;
            this.status = newStatus;
            this.cancelled = nowCancelled;
            this.purchasedAt = newPurchasedAt;
            this.updatedAt = now;
        }
        return changed;
    }

    public Long id() {
        return id;
    }

    public Attendee attendee() {
        return attendee;
    }

    public String externalId() {
        return externalId;
    }

    public String ticketType() {
        return ticketType;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public String rowHash() {
        return rowHash;
    }
}
