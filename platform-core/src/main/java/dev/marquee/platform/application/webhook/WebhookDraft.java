package dev.marquee.platform.application.webhook;

import java.util.List;

/** A webhook as an organizer asks for it: where, which event types ({@code *} for all), and for which event (null: all). */
public record WebhookDraft(String url, List<String> events, Long eventId) {
}
