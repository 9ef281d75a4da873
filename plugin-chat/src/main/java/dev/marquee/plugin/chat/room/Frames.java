package dev.marquee.plugin.chat.room;

import static dev.marquee.plugin.chat.JsonSupport.JSON;

import dev.marquee.platform.spi.audience.OpaquePersonIds;
import dev.marquee.plugin.chat.domain.ChatMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The server's frames, as JSON text built once and sent to every client. The types of CONTRACT.md
 * ({@code chat.message}, {@code presence}, {@code stage.live}, {@code error}) keep their exact shape;
 * the others are the chat's own (docs/chat.md).
 */
public final class Frames {

    private Frames() {
    }

    /** A message; {@code ids} gives its author the opaque id every frame that names a person carries. */
    public static JsonObject messageJson(ChatMessage m, OpaquePersonIds ids) {
        return JSON.createObjectBuilder()
                .add("type", "chat.message")
                .add("id", String.valueOf(m.id()))
                .add("author", JSON.createObjectBuilder().add("id", ids.of(m.author().subject()))
                        .add("name", m.author().name()).add("role", m.author().role()))
                .add("text", m.body())
                .add("sentAt", m.sentAt().toString())
                .build();
    }

    public static String message(ChatMessage m, OpaquePersonIds ids) {
        return messageJson(m, ids).toString();
    }

    public static String presence(int viewers) {
        return JSON.createObjectBuilder().add("type", "presence").add("viewers", viewers).build().toString();
    }

    public static String live(boolean live) {
        return JSON.createObjectBuilder().add("type", "stage.live").add("live", live).build().toString();
    }

    public static String error(String error, String detail) {
        return JSON.createObjectBuilder().add("type", "error").add("error", error).add("detail", detail).build().toString();
    }

    /** First frame a client gets: who it is here and how the room is set. */
    public static String welcome(Participant you, OpaquePersonIds ids, boolean chatOpen, int slowModeSeconds, int maxLength) {
        return JSON.createObjectBuilder().add("type", "chat.welcome")
                .add("you", JSON.createObjectBuilder().add("id", ids.of(you.subject())).add("name", you.name())
                        .add("role", you.role())
                        .add("moderator", you.moderator()))
                .add("chat", settings(chatOpen, slowModeSeconds).add("maxLength", maxLength))
                .build().toString();
    }

    public static String settingsChanged(boolean chatOpen, int slowModeSeconds) {
        return JSON.createObjectBuilder().add("type", "chat.settings").add("chat", settings(chatOpen, slowModeSeconds))
                .build().toString();
    }

    private static JsonObjectBuilder settings(boolean open, int slowModeSeconds) {
        return JSON.createObjectBuilder().add("enabled", open).add("slowModeSeconds", slowModeSeconds);
    }

    public static String deleted(long id) {
        return JSON.createObjectBuilder().add("type", "chat.deleted").add("id", String.valueOf(id)).build().toString();
    }

    public static String pinned(ChatMessage m, OpaquePersonIds ids) {
        return JSON.createObjectBuilder().add("type", "chat.pinned").add("message", messageJson(m, ids)).build().toString();
    }

    public static String unpinned() {
        return JSON.createObjectBuilder().add("type", "chat.unpinned").build().toString();
    }

    public static String cleared() {
        return JSON.createObjectBuilder().add("type", "chat.cleared").build().toString();
    }

    /** Tells the room that a moderator acted on a person ({@code timeout} or {@code ban}), named by id and name. */
    public static String moderation(String action, String personId, String name, Long seconds) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", "chat.moderation").add("action", action)
                .add("id", personId).add("name", name);
        if (seconds != null) {
            b.add("seconds", seconds);
        }
        return b.build().toString();
    }
}
