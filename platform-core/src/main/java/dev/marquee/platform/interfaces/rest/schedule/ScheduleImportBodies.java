package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.schedule.importing.ScheduleSource;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells what a schedule import request carries: the file itself (XML, or a schedule JSON with its
 * top-level {@code schedule}), or JSON naming a {@code url} or holding the {@code file} as text, with
 * a room → stage {@code mapping} to preview with.
 */
final class ScheduleImportBodies {

    private ScheduleImportBodies() {
    }

    static ScheduleSource source(String file, String url) {
        boolean hasFile = file != null && !file.isBlank();
        boolean hasUrl = url != null && !url.isBlank();
        if (hasFile == hasUrl) {
            throw Problem.invalid("Give either the schedule file or its URL");
        }
        return hasUrl ? ScheduleSource.at(url.trim()) : ScheduleSource.upload(file.getBytes(StandardCharsets.UTF_8));
    }

    /** A preview's source, and the mapping to preview with (null: propose one). */
    record Preview(ScheduleSource source, Map<String, Long> mapping) {
    }

    static Preview preview(String contentType, byte[] body) {
        if (body == null || body.length == 0) {
            throw Problem.invalid("Upload a schedule file, or send {\"url\": ...}");
        }
        boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
        if (!json) {
            return new Preview(ScheduleSource.upload(body), null);
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object && !object.containsKey("schedule")) {
                return new Preview(source(string(object, "file"), string(object, "url")), mapping(object.get("mapping")));
            }
        } catch (JsonException e) {
            throw Problem.invalid("The body is not valid JSON");
        }
        return new Preview(ScheduleSource.upload(body), null);
    }

    /** {"room": stageId or null, ...}, or null when absent. */
    private static Map<String, Long> mapping(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw Problem.invalid("The mapping must be an object of room names to stage ids");
        }
        Map<String, Long> mapping = new LinkedHashMap<>();
        object.forEach((room, stage) -> {
            if (stage instanceof JsonNumber n && n.isIntegral()) {
                mapping.put(room, n.longValue());
            } else if (stage == JsonValue.NULL) {
                mapping.put(room, null);
            } else {
                throw Problem.invalid("The mapping must give each room a stage id or null");
            }
        });
        return mapping;
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
