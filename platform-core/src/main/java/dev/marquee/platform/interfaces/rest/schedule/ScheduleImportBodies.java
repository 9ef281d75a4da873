package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.application.Problem;
import dev.marquee.platform.application.schedule.importing.ScheduleSource;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells what a schedule import request carries: the file itself (XML, or a schedule JSON with its
 * top-level {@code schedule}), or JSON naming a {@code url} or holding the {@code file} as text.
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

    static ScheduleSource source(String contentType, byte[] body) {
        if (body == null || body.length == 0) {
            throw Problem.invalid("Upload a schedule file, or send {\"url\": ...}");
        }
        boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
        if (!json) {
            return ScheduleSource.upload(body);
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object && !object.containsKey("schedule")) {
                return source(string(object, "file"), string(object, "url"));
            }
        } catch (JsonException e) {
            throw Problem.invalid("The body is not valid JSON");
        }
        return ScheduleSource.upload(body);
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
