package dev.marquee.plugin.chat.group;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupFramesTest {

    private static JsonObject parse(String frame) {
        return Json.createReader(new StringReader(frame)).readObject();
    }

    @Test
    void aMessageFrameCarriesItsGroupAndTheStageChatsFields() {
        JsonObject f = parse(GroupFrames.message(new GroupMessageView("42", "7",
                new GroupMessageView.Author("p-ada", "Ada", "viewer"), "hi &amp; bye", Instant.parse("2026-05-04T10:00:00Z"))));
        assertThat(f.getString("type")).isEqualTo("group.message");
        assertThat(f.getString("groupId")).isEqualTo("7");
        assertThat(f.getString("id")).isEqualTo("42");
        assertThat(f.getJsonObject("author").getString("name")).isEqualTo("Ada");
        assertThat(f.getJsonObject("author").getString("id")).isEqualTo("p-ada");
        assertThat(f.getString("text")).isEqualTo("hi &amp; bye");
        assertThat(f.getString("sentAt")).isEqualTo("2026-05-04T10:00:00Z");
    }

    @Test
    void anUpdateCarriesTheGroupAndItsMembersWithoutEmails() {
        JsonObject f = parse(GroupFrames.updated(new GroupView("7", 3, null,
                List.of(new PersonView("attendee:1", "Ada"), new PersonView("attendee:2", "Bob")),
                Instant.parse("2026-05-04T10:00:00Z"))));
        assertThat(f.getString("type")).isEqualTo("group.updated");
        JsonObject g = f.getJsonObject("group");
        assertThat(g.isNull("name")).isTrue();
        assertThat(g.getJsonArray("members")).hasSize(2);
        assertThat(g.getJsonArray("members").getJsonObject(1).keySet()).containsExactlyInAnyOrder("id", "name");
        assertThat(parse(GroupFrames.removed("7")).getString("groupId")).isEqualTo("7");
    }
}
