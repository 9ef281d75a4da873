package dev.marquee.platform.interfaces.rest.webhook;

import dev.marquee.platform.application.webhook.CreatedWebhook;
import dev.marquee.platform.domain.model.webhook.Webhook;

import java.time.Instant;
import java.util.List;

/**
 * A webhook as organizers see it. {@code secret} is set only in the answer to its creation (the one
 * time it is shown) and null in every other answer.
 */
public record WebhookView(long id, String url, List<String> events, Long eventId, Instant createdAt, String secret) {

    public static WebhookView of(Webhook w) {
        return new WebhookView(w.id(), w.url(), w.events(), w.eventId(), w.createdAt(), null);
    }

    public static WebhookView of(CreatedWebhook created) {
        Webhook w = created.webhook();
        return new WebhookView(w.id(), w.url(), w.events(), w.eventId(), w.createdAt(), created.secret());
    }

    @Override
    public String toString() {
        return "WebhookView[" + id + " " + url + "]";
    }
}
