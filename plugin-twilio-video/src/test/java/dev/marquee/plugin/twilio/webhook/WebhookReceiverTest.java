package dev.marquee.plugin.twilio.webhook;

import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.twilio.stage.ClientFrame;
import dev.marquee.plugin.twilio.stage.InteractiveStage;
import dev.marquee.plugin.twilio.stage.StageFixture;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static dev.marquee.plugin.twilio.stage.StageFixture.ROOM;
import static dev.marquee.plugin.twilio.stage.StageFixture.ROOM_SID;
import static dev.marquee.plugin.twilio.stage.StageFixture.frame;
import static dev.marquee.plugin.twilio.stage.StageFixture.identity;
import static dev.marquee.plugin.twilio.stage.StageFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

/** Callbacks signed as Twilio signs them: HMAC-SHA1 of the URL and the sorted parameters, with the auth token. */
class WebhookReceiverTest {

    private static final String TOKEN = "test-auth-token";
    private static final String URL = "https://marquee.example/api/v1/webhooks/twilio/video";

    private final StageFixture fx = new StageFixture();
    private final InteractiveStage stage = new InteractiveStage(StageFixture.STAGE, StageFixture.options(Map.of()), null, fx.tools);
    private final WebhookReceiver receiver = new WebhookReceiver(TOKEN, URL, new ProcessedEvents(10_000), stage::roomEvent);
    private final StageMember host = member("c-host", "Hana", true);
    private final StageMember bob = member("c-bob", "Bob", false);

    @Test
    void aSignedCallbackChangesTheStageOnce() {
        startWithViewer();
        Map<String, String> form = event("participant-disconnected", identity(host), null, null);
        assertThat(receiver.receive(sign(form), form)).isEqualTo(WebhookReceiver.Outcome.APPLIED);
        assertThat(stage.live()).isFalse();
        assertThat(fx.rooms.calls("complete")).hasSize(1);
        assertThat(receiver.receive(sign(form), form)).isEqualTo(WebhookReceiver.Outcome.REPLAYED);
        assertThat(fx.rooms.calls("complete")).hasSize(1);
    }

    @Test
    void wrongOrMissingSignaturesAreRefused() {
        startWithViewer();
        Map<String, String> form = event("participant-disconnected", identity(host), null, null);
        String signature = sign(form);
        assertThat(receiver.receive(null, form)).isEqualTo(WebhookReceiver.Outcome.FORBIDDEN);
        assertThat(receiver.receive("", form)).isEqualTo(WebhookReceiver.Outcome.FORBIDDEN);
        Map<String, String> tampered = new LinkedHashMap<>(form);
        tampered.put("ParticipantIdentity", identity(bob));
        assertThat(receiver.receive(signature, tampered)).isEqualTo(WebhookReceiver.Outcome.FORBIDDEN);
        assertThat(new WebhookReceiver("another-token", URL, new ProcessedEvents(10), stage::roomEvent)
                .receive(signature, form)).isEqualTo(WebhookReceiver.Outcome.FORBIDDEN);
        assertThat(stage.live()).isTrue();
    }

    @Test
    void withoutCredentialsEverythingIsRefused() {
        Map<String, String> form = event("room-ended", null, null, null);
        assertThat(new WebhookReceiver(null, URL, new ProcessedEvents(10), stage::roomEvent).receive(sign(form), form))
                .isEqualTo(WebhookReceiver.Outcome.UNCONFIGURED);
    }

    @Test
    void aViewersAudioAndVideoTracksDisconnectThemOnce() {
        startWithViewer();
        for (String[] track : new String[][] {{"MT1", "audio"}, {"MT2", "video"}, {"MT1", "audio"}}) {
            Map<String, String> form = event("track-added", identity(bob), track[0], track[1]);
            receiver.receive(sign(form), form);
        }
        assertThat(fx.rooms.calls("disconnect")).containsExactly("disconnect " + ROOM_SID + " " + identity(bob));
    }

    @Test
    void rememberedKeysAreBounded() {
        ProcessedEvents processed = new ProcessedEvents(3);
        for (int i = 0; i < 5; i++) {
            assertThat(processed.firstTime("k" + i)).isTrue();
        }
        assertThat(processed.size()).isEqualTo(3);
        assertThat(processed.firstTime("k4")).isFalse();
        assertThat(processed.firstTime("k0")).isTrue();
    }

    private void startWithViewer() {
        stage.received(host, ClientFrame.JOIN, frame("stage.join"));
        stage.received(bob, ClientFrame.JOIN, frame("stage.join"));
        stage.received(host, ClientFrame.START, frame("stage.start"));
        Map<String, String> connected = event("participant-connected", identity(host), null, null);
        receiver.receive(sign(connected), connected);
    }

    private Map<String, String> event(String event, String identity, String trackSid, String kind) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", "ACtest");
        form.put("RoomName", ROOM);
        form.put("RoomSid", ROOM_SID);
        form.put("RoomStatus", "in-progress");
        form.put("RoomType", "group");
        form.put("StatusCallbackEvent", event);
        form.put("Timestamp", fx.now.plusSeconds(5).toString());
        form.put("SequenceNumber", "3");
        if (identity != null) {
            form.put("ParticipantSid", identity.equals(identity(host)) ? "PA-host" : "PA-" + identity);
            form.put("ParticipantIdentity", identity);
            form.put("ParticipantStatus", event.equals("participant-disconnected") ? "disconnected" : "connected");
        }
        if (trackSid != null) {
            form.put("TrackSid", trackSid);
            form.put("TrackKind", kind);
        }
        return form;
    }

    /** Twilio's algorithm, written out: Base64(HMAC-SHA1(token, url + key1 + value1 + key2 + value2 ...)). */
    static String sign(Map<String, String> form) {
        StringBuilder data = new StringBuilder(URL);
        new TreeMap<>(form).forEach((key, value) -> data.append(key).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
