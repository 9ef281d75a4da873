package dev.marquee.plugin.twilio.api;

import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.twilio.stage.ClientFrame;
import dev.marquee.plugin.twilio.stage.Identities;
import dev.marquee.plugin.twilio.stage.InteractiveStage;
import dev.marquee.plugin.twilio.stage.Party;
import dev.marquee.plugin.twilio.stage.RecordingChannel;
import dev.marquee.plugin.twilio.stage.RoomEvent;
import dev.marquee.plugin.twilio.stage.StageFixture;
import dev.marquee.plugin.twilio.stage.StageTools;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.marquee.plugin.twilio.stage.StageFixture.frame;
import static dev.marquee.plugin.twilio.stage.StageFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

/** Stages driving the real SDK against the stand-in (calls run inline, so the test needs no waiting). */
class StagesOnStandInTest {

    private final TwilioStandIn twilio = new TwilioStandIn();
    private final RecordingChannel channel = new RecordingChannel();
    private final StageTools tools = new StageTools(channel,
            new AsyncVideoRooms(() -> TwilioRoomsClient.of(TwilioRoomsClientTest.config(twilio.url())), Runnable::run,
                    Duration.ofSeconds(5)),
            new TwilioTokens("ACtest", "SKtest", TwilioRoomsClientTest.SECRET, Duration.ofHours(1)),
            Clock.systemUTC(), null, Duration.ZERO, (stage, live) -> { });
    private final StageMember host = member("c-host", "Hana", true);
    private final StageMember alice = member("c-alice", "Alice", false);

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void anInteractiveStageCreatesDisconnectsAndCompletesTheRoom() {
        InteractiveStage stage = new InteractiveStage(7, StageFixture.options(Map.of("maxParticipants", 10L)), null, tools);
        stage.received(host, ClientFrame.JOIN, frame("stage.join"));
        stage.received(alice, ClientFrame.JOIN, frame("stage.join"));
        stage.received(host, ClientFrame.START, frame("stage.start"));
        assertThat(channel.last("c-host", "stage.you").getString("token")).contains(".");
        String sid = "RM00000000000000000000000000000001"; // the stand-in's first room
        assertThat(twilio.requests().get(1).form()).containsEntry("MaxParticipants", "10");

        twilio.addParticipant(sid, Identities.of(alice.subject()));
        stage.received(alice, ClientFrame.HAND, frame("stage.hand", "raised", true));
        stage.received(host, ClientFrame.INVITE, frame("stage.invite", "identity", Identities.of(alice.subject())));
        stage.received(alice, ClientFrame.ACCEPT, frame("stage.accept"));
        stage.received(host, ClientFrame.MOVE, frame("stage.move", "identity", Identities.of(alice.subject())));
        assertThat(twilio.requests()).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("/v1/Rooms/" + sid + "/Participants/" + Identities.of(alice.subject()));
            assertThat(r.form()).containsEntry("Status", "disconnected");
        });
        assertThat(channel.last("c-alice", "stage.moved").getString("token")).contains(".");

        stage.left(host);
        assertThat(twilio.status(sid)).isEqualTo("completed");
    }

    @Test
    void everyWatchSendsTwilioTheWholeRuleSet() {
        Party party = new Party(8, StageFixture.options(Map.of("mode", "party")), null, tools);
        StageMember bob = member("c-bob", "Bob", false);
        party.received(alice, ClientFrame.JOIN, frame("stage.join"));
        party.received(bob, ClientFrame.JOIN, frame("stage.join"));
        party.received(host, ClientFrame.JOIN, frame("stage.join"));
        String sid = "RM00000000000000000000000000000001";
        String bobIdentity = Identities.of(bob.subject());
        twilio.addParticipant(sid, bobIdentity);
        party.roomEvent(new RoomEvent(sid, "marquee-stage-8", "participant-connected", "PA-bob", bobIdentity, null,
                null, Instant.now(), null));
        watch(party, bob, Identities.of(host.subject()));
        watch(party, bob, Identities.of(host.subject()));
        watch(party, bob);

        List<String> rules = twilio.requests().stream()
                .filter(r -> r.path().equals("/v1/Rooms/" + sid + "/Participants/" + bobIdentity + "/SubscribeRules"))
                .map(r -> r.form().get("Rules")).toList();
        String base = "{\"type\":\"include\",\"kind\":\"audio\"},{\"type\":\"include\",\"kind\":\"data\"},"
                + "{\"type\":\"include\",\"publisher\":\"" + Identities.of(alice.subject()) + "\",\"kind\":\"video\"}";
        String withHost = base + ",{\"type\":\"include\",\"publisher\":\"" + Identities.of(host.subject())
                + "\",\"kind\":\"video\"}";
        assertThat(rules).containsExactly("[" + withHost + "]", "[" + withHost + "]", "[" + base + "]");
    }

    private static void watch(Party party, StageMember member, String... identities) {
        var list = Json.createArrayBuilder();
        for (String identity : identities) {
            list.add(identity);
        }
        party.received(member, ClientFrame.PARTY_WATCH,
                Json.createObjectBuilder().add("type", "party.watch").add("identities", list).build());
    }
}
