package dev.marquee.example.pretix;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of pretix's order list, {@code {"count", "next", "previous", "results": [...]}}: the entries as
 * they came (each is checked when it is mapped, so one bad entry does not spoil the page) and the link to
 * the next page, if any.
 */
record OrdersPage(List<JsonValue> results, Optional<String> next) {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** Thrown for a page that is not the JSON pretix sends; the message never quotes the page. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    /**
     * Reads a page.
     *
     * @throws Malformed when the body is not a JSON object with a {@code results} array
     * @throws JsonException when the stream breaks (too large, cut off); its message is not shown
     */
    static OrdersPage read(InputStream body) throws Malformed {
        JsonValue page;
        try (JsonReader reader = READERS.createReader(body)) {
            page = reader.readValue();
        } catch (jakarta.json.stream.JsonParsingException e) {
            throw new Malformed("the answer is not JSON");
        }
        if (!(page instanceof JsonObject object) || !(object.get("results") instanceof jakarta.json.JsonArray results)) {
            throw new Malformed("the answer is not a page of orders (no results list)");
        }
        JsonValue next = object.get("next");
        Optional<String> link = next instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString()) : Optional.empty();
        if (next != null && next != JsonValue.NULL && link.isEmpty()) {
            throw new Malformed("the link to the next page is not a text");
        }
        return new OrdersPage(List.copyOf(results), link);
    }
}
