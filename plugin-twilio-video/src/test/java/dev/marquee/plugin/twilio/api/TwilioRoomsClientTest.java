package dev.marquee.plugin.twilio.api;

import com.twilio.exception.ApiException;
import dev.marquee.plugin.twilio.TwilioConfig;
import dev.marquee.plugin.twilio.stage.RoomInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real SDK, pointed at the local stand-in through {@link RebasingHttpClient}. */
class TwilioRoomsClientTest {

    static final String SECRET = "test-api-secret-0123456789abcdef0123";

    private final TwilioStandIn twilio = new TwilioStandIn();
    private final TwilioRoomsClient client = TwilioRoomsClient.of(config(twilio.url()));

    static TwilioConfig config(String apiUrl) {
        return new TwilioConfig("ACtest", "auth-token", "SKtest", SECRET, apiUrl, "https://marquee.example");
    }

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void createsAGroupRoomWithOurCallbackThenReusesIt() {
        RoomInfo room = client.open("marquee-stage-7", 12);
        assertThat(room.uniqueName()).isEqualTo("marquee-stage-7");
        assertThat(room.sid()).startsWith("RM");
        assertThat(room.maxParticipants()).isEqualTo(12);
        TwilioStandIn.Recorded create = twilio.requests().get(1);
        assertThat(create.method() + " " + create.path()).isEqualTo("POST /v1/Rooms");
        assertThat(create.form()).containsEntry("UniqueName", "marquee-stage-7").containsEntry("Type", "group")
                .containsEntry("MaxParticipants", "12").containsEntry("StatusCallbackMethod", "POST")
                .containsEntry("StatusCallback", "https://marquee.example/api/v1/webhooks/twilio/video");
        assertThat(create.authorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString(("SKtest:" + SECRET).getBytes(StandardCharsets.UTF_8)));

        assertThat(client.open("marquee-stage-7", 12).sid()).isEqualTo(room.sid());
        assertThat(twilio.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /v1/Rooms/marquee-stage-7", "POST /v1/Rooms", "GET /v1/Rooms/marquee-stage-7");
    }

    @Test
    void aRoomCreatedMeanwhileElsewhereIsReused() {
        String sid = twilio.addRoom("marquee-stage-8");
        twilio.raceOnCreate = true;
        assertThat(client.open("marquee-stage-8", 50).sid()).isEqualTo(sid);
        assertThat(twilio.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /v1/Rooms/marquee-stage-8", "POST /v1/Rooms", "GET /v1/Rooms/marquee-stage-8");
    }

    @Test
    void completesARoomAndForgivesOneAlreadyGone() {
        RoomInfo room = client.open("marquee-stage-9", 50);
        client.complete(room.sid());
        assertThat(twilio.status(room.sid())).isEqualTo("completed");
        assertThat(twilio.requests().get(2).form()).containsEntry("Status", "completed");
        client.complete("marquee-stage-404");
        assertThat(client.open("marquee-stage-9", 50).sid()).isNotEqualTo(room.sid());
    }

    @Test
    void disconnectsAParticipantByIdentity() {
        RoomInfo room = client.open("marquee-stage-10", 50);
        twilio.addParticipant(room.sid(), "m-abc");
        client.disconnect(room.sid(), "m-abc");
        TwilioStandIn.Recorded update = twilio.requests().get(2);
        assertThat(update.method() + " " + update.path()).isEqualTo("POST /v1/Rooms/" + room.sid() + "/Participants/m-abc");
        assertThat(update.form()).containsExactly(java.util.Map.entry("Status", "disconnected"));
        client.disconnect(room.sid(), "m-abc");
    }

    @Test
    void sendsSubscribeRulesAsOneJsonArray() {
        RoomInfo room = client.open("marquee-stage-11", 50);
        twilio.addParticipant(room.sid(), "m-abc");
        String rules = "[{\"type\":\"include\",\"kind\":\"audio\"},{\"type\":\"include\",\"publisher\":\"m-1\",\"kind\":\"video\"}]";
        client.subscribe(room.sid(), "m-abc", rules);
        TwilioStandIn.Recorded update = twilio.requests().get(2);
        assertThat(update.path()).isEqualTo("/v1/Rooms/" + room.sid() + "/Participants/m-abc/SubscribeRules");
        assertThat(update.form()).containsEntry("Rules", rules);
    }

    @Test
    void twiliosErrorsArriveWithTheirCode() {
        assertThatThrownBy(() -> client.subscribe("RMnone", "m-abc", "[]")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(TwilioFailures.describe(e)).isEqualTo(
                        "Twilio error 20404 (HTTP 404): The requested resource /Rooms/RMnone/Participants/m-abc/SubscribeRules was not found"))
                .satisfies(e -> assertThat(TwilioFailures.notFound(e)).isTrue());
    }
}
