package dev.marquee.platform.interfaces.rest.webhook;

import dev.marquee.platform.domain.model.webhook.WebhookDelivery;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryStatus;

import java.time.Instant;

/**
 * One message in a webhook's delivery log: its {@code messageId} (the {@code webhook-id} header),
 * {@code type}, {@code status} ({@code PENDING}, {@code SENDING}, {@code DELIVERED}, {@code FAILED}),
 * how many attempts were made, the last one's time, HTTP status and error, when the next is due
 * (pending only), and the {@code body} sent.
 */
public record DeliveryView(long id, String messageId, String type, String status, int attempts, Instant createdAt,
                           Instant lastAttemptAt, Integer lastStatus, String lastError, Instant nextAttemptAt,
                           Instant deliveredAt, String body) {

    public static DeliveryView of(WebhookDelivery d) {
        Instant next = d.status() == WebhookDeliveryStatus.PENDING ? d.nextAttemptAt() : null;
        return new DeliveryView(d.id(), d.messageId(), d.eventType(), d.status().name(), d.attempts(), d.createdAt(),
                d.lastAttemptAt(), d.lastStatus(), d.lastError(), next, d.deliveredAt(), d.payload());
    }
}
