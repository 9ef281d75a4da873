package dev.marquee.plugin.chat.room;

import dev.marquee.plugin.chat.domain.RoomSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChatRoomTest {

    private static ChatRoom room() {
        return new ChatRoom("stage:1", 50, new RoomSettings("stage:1", true, 0), List.of(),
                List.of(new ChatRoom.RecentFrame(1, "{\"id\":\"1\"}"), new ChatRoom.RecentFrame(12, "{\"id\":\"12\"}")),
                new ChatRoom.Pin(12, "{\"type\":\"chat.pinned\",\"message\":{\"id\":\"12\"}}"));
    }

    @Test
    void deletingThePinnedMessageUnpinsItByIdNotByText() {
        ChatRoom room = room();
        room.forget(1);
        assertThat(room.pinnedFrame()).as("message 1 is not the pinned 12, though \"1\" is in its text").isNotNull();
        room.forget(12);
        assertThat(room.pinnedFrame()).isNull();
        assertThat(room.recentFrames()).isEmpty();
    }

    @Test
    void aPinnedMessageWhoseTextQuotesAnotherIdStays() {
        ChatRoom room = room();
        room.pin(5, "{\"type\":\"chat.pinned\",\"message\":{\"id\":\"5\",\"text\":\"see \\\"id\\\":\\\"1\\\"\"}}");
        room.forget(1);
        assertThat(room.pinnedFrame()).contains("\"id\":\"5\"");
        room.forgetAll();
        assertThat(room.pinnedFrame()).isNull();
    }
}
