package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageMember;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.marquee.plugin.twilio.stage.StageFixture.ROOM;
import static dev.marquee.plugin.twilio.stage.StageFixture.ROOM_SID;
import static dev.marquee.plugin.twilio.stage.StageFixture.STAGE;
import static dev.marquee.plugin.twilio.stage.StageFixture.frame;
import static dev.marquee.plugin.twilio.stage.StageFixture.identity;
import static dev.marquee.plugin.twilio.stage.StageFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

class InteractiveStageTest {

    private final StageFixture fx = new StageFixture();
    private final InteractiveStage stage = new InteractiveStage(STAGE, StageFixture.options(Map.of()), null, fx.tools);
    private final StageMember host = member("c-host", "Hana", true);
    private final StageMember alice = member("c-alice", "Alice", false);
    private final StageMember bob = member("c-bob", "Bob", false);

    @Test
    void handInviteAcceptMuteMoveStepDownAndTheHostLeaving() {
        join(host, alice, bob);
        assertThat(fx.channel.last("c-alice", "stage.you").isNull("token")).isTrue();

        send(host, frame("stage.start"));
        assertThat(fx.rooms.calls).containsExactly("open " + ROOM + " 50");
        JsonObject hostYou = fx.channel.last("c-host", "stage.you");
        assertThat(hostYou.getString("role")).isEqualTo("host");
        assertThat(hostYou.getString("token")).isEqualTo("token:" + identity(host) + ":" + ROOM);
        assertThat(fx.channel.last("c-alice", "stage.you").getString("token")).isEqualTo("token:" + identity(alice) + ":" + ROOM);
        assertThat(fx.liveChanges).containsExactly("7:true");
        JsonObject state = fx.channel.last("*", "stage.state");
        assertThat(state.getBoolean("live")).isTrue();
        assertThat(state.getJsonObject("host").getString("name")).isEqualTo("Hana");
        assertThat(state.getJsonArray("speakers").getJsonObject(0).getBoolean("host")).isTrue();
        assertThat(state.getJsonObject("viewers").getInt("total")).isEqualTo(2);

        send(alice, frame("stage.hand", "raised", true));
        assertThat(hands()).containsExactly(identity(alice));
        assertThat(fx.channel.last("c-alice", "stage.you").getBoolean("hand")).isTrue();

        send(host, frame("stage.invite", "identity", identity(alice)));
        assertThat(fx.channel.last("c-alice", "stage.invited").getJsonObject("by").getString("name")).isEqualTo("Hana");
        assertThat(fx.channel.last("c-alice", "stage.you").getBoolean("invited")).isTrue();

        send(alice, frame("stage.accept"));
        JsonObject speakerYou = fx.channel.last("c-alice", "stage.you");
        assertThat(speakerYou.getString("role")).isEqualTo("speaker");
        assertThat(speakerYou.getString("token")).isEqualTo("token:" + identity(alice) + ":" + ROOM);
        assertThat(speaker(identity(alice)).getBoolean("muted")).isFalse();
        assertThat(hands()).isEmpty();

        send(host, frame("stage.mute", "identity", identity(alice)));
        assertThat(fx.channel.types("c-alice")).contains("stage.muted");
        assertThat(speaker(identity(alice)).getBoolean("muted")).isTrue();

        send(host, frame("stage.move", "identity", identity(alice)));
        assertThat(fx.rooms.calls).contains("disconnect " + ROOM_SID + " " + identity(alice));
        JsonObject moved = fx.channel.last("c-alice", "stage.moved");
        assertThat(moved.getString("token")).isEqualTo("token:" + identity(alice) + ":" + ROOM);
        assertThat(fx.channel.last("c-alice", "stage.you").getString("role")).isEqualTo("viewer");
        assertThat(fx.channel.last("*", "stage.state").getJsonArray("speakers")).hasSize(1);

        send(alice, frame("stage.hand", "raised", true));
        send(host, frame("stage.invite", "identity", identity(alice)));
        send(alice, frame("stage.accept"));
        send(alice, frame("stage.stepdown"));
        assertThat(fx.channel.last("c-alice", "stage.you").getString("role")).isEqualTo("viewer");

        stage.left(host);
        assertThat(fx.channel.last("*", "stage.ended").getString("reason")).isEqualTo("host_left");
        assertThat(fx.rooms.calls).contains("complete " + ROOM_SID);
        assertThat(fx.liveChanges).containsExactly("7:true", "7:false");
        JsonObject after = fx.channel.last("*", "stage.state");
        assertThat(after.getBoolean("live")).isFalse();
        assertThat(after.isNull("host")).isTrue();
        assertThat(after.getJsonObject("viewers").getInt("total")).isEqualTo(2);
    }

    @Test
    void onlyTheHostModeratesAndOnlyLeadsStart() {
        StageMember organizer = member("c-org", "Olga", true);
        join(host, alice, organizer);
        send(alice, frame("stage.start"));
        assertThat(fx.channel.last("c-alice", "error").getString("error")).isEqualTo("forbidden");
        send(host, frame("stage.start"));
        send(organizer, frame("stage.start"));
        assertThat(fx.channel.last("c-org", "error").getString("error")).isEqualTo("hosted");
        send(alice, frame("stage.hand", "raised", true));
        send(organizer, frame("stage.invite", "identity", identity(alice)));
        assertThat(fx.channel.last("c-org", "error").getString("error")).isEqualTo("forbidden");
        send(host, frame("stage.invite", "identity", identity(organizer)));
        assertThat(fx.channel.last("c-host", "error").getString("error")).isEqualTo("no_hand");
        send(bob, frame("stage.hand", "raised", true));
        assertThat(fx.channel.last("c-bob", "error").getString("error")).isEqualTo("not_joined");
        send(alice, frame("stage.accept"));
        assertThat(fx.channel.last("c-alice", "error").getString("error")).isEqualTo("not_invited");
    }

    @Test
    void theViewerListShowsTheFirstHundredAndTheTotal() {
        for (int i = 0; i < 150; i++) {
            stage.received(member("c" + i, "Viewer " + i, false), ClientFrame.JOIN, frame("stage.join"));
        }
        JsonObject viewers = fx.channel.last("*", "stage.state").getJsonObject("viewers");
        assertThat(viewers.getJsonArray("first")).hasSize(100);
        assertThat(viewers.getJsonArray("first").getJsonObject(0).getString("name")).isEqualTo("Viewer 0");
        assertThat(viewers.getInt("total")).isEqualTo(150);
    }

    @Test
    void pastCapacityPeopleAreToldTheRoomIsFullAndGetAPlaceWhenOneFrees() {
        InteractiveStage small = new InteractiveStage(STAGE,
                StageFixture.options(Map.of("maxParticipants", 2L, "overflowStageSlug", "main")), "/e/conf/main", fx.tools);
        for (StageMember m : new StageMember[] {host, alice, bob}) {
            small.received(m, ClientFrame.JOIN, frame("stage.join"));
        }
        small.received(host, ClientFrame.START, frame("stage.start"));
        JsonObject full = fx.channel.last("c-bob", "error");
        assertThat(full.getString("error")).isEqualTo("full");
        assertThat(full.getString("overflowUrl")).isEqualTo("/e/conf/main");
        assertThat(fx.channel.last("c-bob", "stage.you").isNull("token")).isTrue();
        assertThat(fx.channel.last("*", "stage.state").getString("overflowUrl")).isEqualTo("/e/conf/main");

        small.left(alice);
        assertThat(fx.channel.last("c-bob", "stage.you").getString("token")).startsWith("token:" + identity(bob));
    }

    @Test
    void callbacksKeepTheSpeakersTrueAndTheGateClosed() {
        join(host, alice, bob);
        send(host, frame("stage.start"));
        send(alice, frame("stage.hand", "raised", true));
        send(host, frame("stage.invite", "identity", identity(alice)));
        send(alice, frame("stage.accept"));
        fx.now = fx.now.plusSeconds(10);
        stage.roomEvent(StageFixture.event("participant-connected", "PA-alice", identity(alice), null, null, fx.now));
        stage.roomEvent(StageFixture.event("track-added", "PA-alice", identity(alice), "MT1", "audio", fx.now));
        assertThat(fx.rooms.calls("disconnect")).isEmpty();

        stage.roomEvent(StageFixture.event("participant-disconnected", "PA-alice", identity(alice), null, null, fx.now));
        assertThat(fx.channel.last("c-alice", "stage.you").getString("role")).isEqualTo("viewer");
        assertThat(fx.channel.last("*", "stage.state").getJsonArray("speakers")).hasSize(1);

        stage.roomEvent(StageFixture.event("track-added", "PA-bob", identity(bob), "MT2", "audio", fx.now));
        stage.roomEvent(StageFixture.event("track-added", "PA-bob", identity(bob), "MT3", "video", fx.now));
        assertThat(fx.rooms.calls("disconnect")).containsExactly("disconnect " + ROOM_SID + " " + identity(bob));
        assertThat(fx.channel.last("c-bob", "error").getString("error")).isEqualTo("publish_refused");

        stage.roomEvent(StageFixture.event("participant-connected", "PA-host", identity(host), null, null, fx.now));
        stage.roomEvent(StageFixture.event("participant-disconnected", "PA-old", identity(host), null, null, fx.now));
        assertThat(stage.live()).isTrue();
        stage.roomEvent(StageFixture.event("participant-disconnected", "PA-host", identity(host), null, null, fx.now));
        assertThat(stage.live()).isFalse();
        assertThat(fx.channel.last("*", "stage.ended").getString("reason")).isEqualTo("host_left");
    }

    @Test
    void aHostWhoLeavesBeforeTheRoomOpensLeavesNoRoomBehind() {
        fx.rooms.pendingOpen = new java.util.concurrent.CompletableFuture<>();
        join(host);
        send(host, frame("stage.start"));
        stage.left(host);
        fx.rooms.pendingOpen.complete(new RoomInfo(ROOM_SID, ROOM, 50));
        assertThat(fx.rooms.calls).containsExactly("open " + ROOM + " 50", "complete " + ROOM_SID);
        assertThat(stage.live()).isFalse();
        assertThat(stage.idle()).isTrue();
    }

    @Test
    void aFailedRoomLeavesNoHost() {
        fx.rooms.failOpen = true;
        join(host);
        send(host, frame("stage.start"));
        assertThat(fx.channel.last("c-host", "error").getString("error")).isEqualTo("twilio_failed");
        assertThat(fx.channel.last("*", "stage.state").isNull("host")).isTrue();
        assertThat(fx.liveChanges).isEmpty();
    }

    private void join(StageMember... members) {
        for (StageMember m : members) {
            send(m, frame("stage.join"));
        }
    }

    private void send(StageMember member, JsonObject frame) {
        stage.received(member, ClientFrame.of(frame.getString("type")).orElseThrow(), frame);
    }

    private java.util.List<String> hands() {
        return fx.channel.last("*", "stage.state").getJsonArray("hands").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private JsonObject speaker(String identity) {
        return fx.channel.last("*", "stage.state").getJsonArray("speakers").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("identity").equals(identity)).findFirst().orElseThrow();
    }
}
