package dev.marquee.plugin.chat.room;

import dev.marquee.plugin.chat.domain.ChatBan;
import dev.marquee.plugin.chat.domain.RoomSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalCodecTest {

    @Test
    void everyKindOfSignalSurvivesTheTrip() {
        Instant until = Instant.parse("2026-11-21T12:00:00Z");
        List<RoomSignal> signals = List.of(
                RoomSignal.frame("stage:1", "{\"type\":\"chat.live\",\"live\":true}"),
                RoomSignal.message("stage:1", 42, "{\"text\":\"héllo 👋 <b>\"}"),
                RoomSignal.deleted("stage:1", 42, "{}"),
                RoomSignal.pinned("stage:1", 43, "{}"),
                RoomSignal.unpinned("stage:1", "{}"),
                RoomSignal.cleared("stage:1", "{}"),
                RoomSignal.banned(new ChatBan("stage:1", "guest:abc", "10.0.0.9", until, until), "{}"),
                RoomSignal.banned(new ChatBan("stage:1", "attendee:5", null, null, until), "{}"),
                RoomSignal.settings(new RoomSettings("stage:1", false, 30), "{}"),
                RoomSignal.removed("stage:1"),
                RoomSignal.revoked("attendee:5"),
                RoomSignal.sums("stage:1", "{\"type\":\"reaction.burst\",\"counts\":{\"👏\":3}}"),
                RoomSignal.frame("inbox:3:attendee:5", "x".repeat(70_000)));
        for (RoomSignal signal : signals) {
            assertThat(SignalCodec.decode(SignalCodec.encode(signal))).isEqualTo(signal);
        }
    }

    @Test
    void aSignalOfAnotherVersionIsRefused() {
        byte[] bytes = SignalCodec.encode(RoomSignal.removed("stage:1"));
        bytes[0] = 9;
        assertThatThrownBy(() -> SignalCodec.decode(bytes)).hasMessageContaining("version 9");
    }
}
