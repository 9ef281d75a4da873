package dev.marquee.platform.domain.model.webhook;

/** Where a message to an endpoint stands. */
public enum WebhookDeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by a dispatcher until its lease ends (when it is due again, should that instance have died). */
    SENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Retried for the whole retry period without a 2xx; sent again only when an organizer resends it. */
    FAILED
}
