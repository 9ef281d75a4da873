package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** A PUBLIC event with one stage whose interaction the organizer switched on, and small frame matchers. */
final class InteractionFixture {

    private InteractionFixture() {
    }

    /** A new stage of a new PUBLIC event, with Q&A and polls on (plus {@code qa} settings); answers its id. */
    static long stage(Api organizer, Map<String, Object> qa) {
        String slug = "ia-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Interaction " + slug,
                "timezone", "UTC", "access", "PUBLIC")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "external", "settings", Map.of("url", "https://example.org/live.m3u8"))).json().get("id").asLong();
        Map<String, Object> qaOn = new java.util.HashMap<>(qa);
        qaOn.put("enabled", true);
        Api.Reply saved = organizer.put("/api/v1/stages/" + stageId + "/interaction",
                Map.of("qa", qaOn, "polls", Map.of("enabled", true)));
        if (saved.status() != 200) {
            throw new AssertionError("Interaction settings refused: " + saved.status() + " " + saved.raw().body());
        }
        return stageId;
    }

    static Predicate<JsonNode> question(String text) {
        return f -> "qa.question".equals(f.path("type").asText()) && text.equals(f.path("text").asText());
    }

    static Predicate<JsonNode> question(long id, Predicate<JsonNode> and) {
        return f -> "qa.question".equals(f.path("type").asText()) && f.path("id").asLong() == id && and.test(f);
    }

    static Predicate<JsonNode> type(String type) {
        return f -> type.equals(f.path("type").asText());
    }

    static Predicate<JsonNode> error(String error) {
        return f -> "error".equals(f.path("type").asText()) && error.equals(f.path("error").asText());
    }
}
