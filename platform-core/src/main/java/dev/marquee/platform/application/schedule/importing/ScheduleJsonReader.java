package dev.marquee.platform.application.schedule.importing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Map;

/**
 * Reads the schedule JSON that frab and pretalx export: {@code {"schedule": {"conference":
 * {"time_zone_name", "days": [{"index", "date", "rooms": {"Room": [talk, ...]}}]}}}}, each talk with
 * {@code guid}, {@code id}, {@code date}, {@code start}, {@code duration}, {@code room}, {@code title},
 * {@code abstract}, {@code description} and {@code persons} ({@code public_name}, else {@code name}).
 * A day, room or talk of the wrong JSON type is reported and skipped.
 */
final class ScheduleJsonReader {

    private final ScheduleLimits limits;

    ScheduleJsonReader(ScheduleLimits limits) {
        this.limits = limits;
    }

    ParsedSchedule read(byte[] file) throws ScheduleParseException {
        JsonObject document;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(file))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new ScheduleParseException("The JSON file is not a schedule (it is not an object)");
            }
            document = object;
        } catch (JsonException e) {
            throw new ScheduleParseException("The file is not valid JSON", e);
        }
        JsonObject conference = object(object(document, "schedule"), "conference");
        if (conference == null || !(conference.get("days") instanceof JsonArray days)) {
            throw new ScheduleParseException("The JSON file is not a schedule export: it has no schedule.conference.days");
        }
        ZoneId zone = TalkCollector.zone(text(conference, "time_zone_name"));
        TalkCollector collector = new TalkCollector(limits);
        for (int d = 0; d < days.size(); d++) {
            if (!(days.get(d) instanceof JsonObject day)) {
                collector.problem("day at position " + (d + 1), "it is not an object");
                continue;
            }
            readDay(day, zone, collector);
        }
        return collector.result(ScheduleFormat.SCHEDULE_JSON);
    }

    private static void readDay(JsonObject day, ZoneId zone, TalkCollector collector) throws ScheduleParseException {
        String index = text(day, "index");
        String date = text(day, "date");
        if (!(day.get("rooms") instanceof JsonObject rooms)) {
            collector.problem("day " + (index == null ? "?" : RawTalk.cut(index, 20)), "it has no rooms object");
            return;
        }
        for (Map.Entry<String, JsonValue> room : rooms.entrySet()) {
            if (!(room.getValue() instanceof JsonArray talks)) {
                collector.problem("day " + index + ", room \"" + RawTalk.cut(room.getKey(), 80) + "\"",
                        "its talks are not a list");
                continue;
            }
            for (JsonValue talk : talks) {
                collector.add(talk(talk, room.getKey()), index, date, zone);
            }
        }
    }

    private static RawTalk talk(JsonValue value, String roomName) {
        RawTalk raw = new RawTalk();
        raw.room = roomName;
        if (!(value instanceof JsonObject talk)) {
            return raw; // no id, no title: reported as such
        }
        raw.guid = text(talk, "guid");
        raw.id = text(talk, "id");
        raw.date = text(talk, "date");
        raw.start = text(talk, "start");
        raw.duration = text(talk, "duration");
        raw.title = text(talk, "title");
        raw.abstractText = text(talk, "abstract");
        raw.description = text(talk, "description");
        if (talk.get("persons") instanceof JsonArray persons) {
            for (JsonValue person : persons) {
                if (person instanceof JsonObject p) {
                    String name = text(p, "public_name");
                    raw.speakers.add(name != null ? name : text(p, "name"));
                } else if (person instanceof JsonString s) {
                    raw.speakers.add(s.getString());
                }
            }
        }
        return raw;
    }

    private static JsonObject object(JsonObject parent, String key) {
        return parent != null && parent.get(key) instanceof JsonObject child ? child : null;
    }

    /** A string or number member as text; null when absent or of another type. */
    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }
}
