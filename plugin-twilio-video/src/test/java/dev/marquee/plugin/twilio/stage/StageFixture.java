package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.twilio.StageOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A stage's tools with fakes: recording channel, fake rooms, readable tokens, a fixed clock, state at once. */
public final class StageFixture {

    public static final long STAGE = 7;
    public static final String ROOM = "marquee-stage-7";
    public static final String ROOM_SID = FakeRooms.sid(ROOM);

    public final RecordingChannel channel = new RecordingChannel();
    public final FakeRooms rooms = new FakeRooms();
    public final List<String> liveChanges = new ArrayList<>();
    public Instant now = Instant.parse("2026-11-21T10:00:00Z");
    public final StageTools tools = new StageTools(channel, rooms, (identity, room) -> "token:" + identity + ":" + room,
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            }, null, Duration.ZERO, (stageId, live) -> liveChanges.add(stageId + ":" + live));

    public static StageOptions options(Map<String, Object> settings) {
        return StageOptions.of(Settings.of(settings));
    }

    public static StageMember member(String connection, String name, boolean leads) {
        return new StageMember(connection, STAGE, 1, "account:" + name, name, leads ? "host" : "attendee", leads, false);
    }

    public static String identity(StageMember member) {
        return Identities.of(member.subject());
    }

    public static JsonObject frame(String type) {
        return Json.createObjectBuilder().add("type", type).build();
    }

    public static JsonObject frame(String type, String key, String value) {
        return Json.createObjectBuilder().add("type", type).add(key, value).build();
    }

    public static JsonObject frame(String type, String key, boolean value) {
        return Json.createObjectBuilder().add("type", type).add(key, value).build();
    }

    public static RoomEvent event(String event, String participantSid, String identity, String trackSid, String kind,
                                  Instant at) {
        return new RoomEvent(ROOM_SID, ROOM, event, participantSid, identity, trackSid, kind, at, null);
    }
}
