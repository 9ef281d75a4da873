package dev.marquee.plugin.chat.ws;

import static dev.marquee.plugin.chat.JsonSupport.JSON;

import dev.marquee.plugin.chat.room.ChatConnection;
import dev.marquee.plugin.chat.room.ChatService;
import dev.marquee.plugin.chat.room.Frames;
import dev.marquee.plugin.chat.room.Moderation;
import dev.marquee.plugin.chat.room.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;

/**
 * The client's frames: {@code chat.send} for everyone; {@code chat.delete}, {@code chat.timeout},
 * {@code chat.ban}, {@code chat.pin}, {@code chat.unpin} and {@code chat.clear} for moderators. Frames of
 * other plugins' types go to them ({@link StageSharing}); anything else gets an {@code error} frame and
 * changes nothing. A watcher (a guest with no name yet) may send nothing: every frame of theirs gets a
 * {@code name_required} error, and the page asks for a name and reconnects with it.
 */
@ApplicationScoped
public class ChatCommands {

    @Inject
    ChatService chat;

    @Inject
    Moderation moderation;

    @Inject
    StageSharing sharing;

    void handle(ChatGateway.Joined joined, String text) {
        String room = joined.room();
        ChatConnection connection = joined.connection();
        if (joined.watcher()) {
            connection.send(Frames.error("name_required",
                    "Give a display name to chat, ask or vote (connect again with ?name=...)"));
            return;
        }
        JsonObject frame = parse(text);
        if (frame == null) {
            connection.send(Frames.error("bad_frame", "Frames are JSON objects with a \"type\""));
            return;
        }
        String type = string(frame, "type");
        if ("chat.send".equals(type)) {
            String message = string(frame, "text");
            if (message == null) {
                connection.send(Frames.error("bad_frame", "chat.send needs a \"text\""));
            } else {
                chat.post(room, connection, message);
            }
            return;
        }
        if (type != null && !type.startsWith("chat.") && sharing.received(joined.member(), type, frame)) {
            return;
        }
        if (type == null || !type.startsWith("chat.")) {
            connection.send(Frames.error("unknown_type", "Unknown frame type " + (type == null ? "(none)" : type)));
            return;
        }
        moderate(room, connection, type, frame);
    }

    private void moderate(String room, ChatConnection connection, String type, JsonObject frame) {
        Participant who = connection.participant();
        if (!who.moderator()) {
            connection.send(Frames.error("forbidden", "Only hosts and organizers moderate the chat"));
            return;
        }
        Long id = number(frame, "id");
        switch (type) {
            case "chat.unpin" -> moderation.unpin(room, who);
            case "chat.clear" -> moderation.clear(room, who);
            case "chat.delete", "chat.ban", "chat.pin", "chat.timeout" -> {
                if (id == null) {
                    connection.send(Frames.error("bad_frame", type + " needs the message \"id\""));
                } else if ("chat.delete".equals(type)) {
                    moderation.delete(room, who, id);
                } else if ("chat.pin".equals(type)) {
                    moderation.pin(room, who, id);
                } else if ("chat.ban".equals(type)) {
                    moderation.exclude(room, who, id, null);
                } else {
                    Long seconds = number(frame, "seconds");
                    moderation.exclude(room, who, id, seconds == null ? 300L : seconds);
                }
            }
            default -> connection.send(Frames.error("unknown_type", "Unknown frame type " + type));
        }
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** A number given as a JSON number or a numeric string (message ids are strings on the wire). */
    private static Long number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonNumber n) {
            return n.longValue();
        }
        if (v instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
