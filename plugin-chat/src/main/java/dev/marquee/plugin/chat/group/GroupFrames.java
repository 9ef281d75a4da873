package dev.marquee.plugin.chat.group;

import static dev.marquee.plugin.chat.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The group chat's frames on the stage socket (docs/chat.md): {@code group.message},
 * {@code group.updated} (a group you are in was created or changed) and {@code group.removed} (you are no
 * longer in it). Their fields match the REST API's JSON.
 */
public final class GroupFrames {

    private GroupFrames() {
    }

    public static String message(GroupMessageView m) {
        return JSON.createObjectBuilder().add("type", "group.message").add("groupId", m.groupId()).add("id", m.id())
                .add("author", JSON.createObjectBuilder().add("id", m.author().id()).add("name", m.author().name())
                        .add("role", m.author().role()))
                .add("text", m.text()).add("sentAt", m.sentAt().toString()).build().toString();
    }

    public static String updated(GroupView g) {
        return JSON.createObjectBuilder().add("type", "group.updated").add("group", group(g)).build().toString();
    }

    public static String removed(String groupId) {
        return JSON.createObjectBuilder().add("type", "group.removed").add("groupId", groupId).build().toString();
    }

    static JsonObject group(GroupView g) {
        JsonArrayBuilder members = JSON.createArrayBuilder();
        g.members().forEach(p -> members.add(JSON.createObjectBuilder().add("id", p.id()).add("name", p.name())));
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", g.id()).add("eventId", g.eventId());
        if (g.name() == null) {
            b.addNull("name");
        } else {
            b.add("name", g.name());
        }
        return b.add("members", members).add("createdAt", g.createdAt().toString()).build();
    }
}
