package dev.marquee.platform.application.webhook;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * Something that happened, as webhooks report it: its type, the event it belongs to (null: none,
 * only instance-wide webhooks hear it), when, and its {@code data}. {@code onceKey}, when set, makes
 * it enqueued at most once however many instances notice it.
 */
public record WebhookFact(WebhookEventType type, Long eventId, Instant at, JsonObject data, String onceKey) {

    public WebhookFact(WebhookEventType type, Long eventId, Instant at, JsonObject data) {
        this(type, eventId, at, data, null);
    }

    /** The body every receiver gets: {@code {"type", "timestamp", "data"}}. */
    public String body() {
        return WebhookFacts.JSON.createObjectBuilder().add("type", type.wire()).add("timestamp", at.toString()).add("data", data)
                .build().toString();
    }
}
