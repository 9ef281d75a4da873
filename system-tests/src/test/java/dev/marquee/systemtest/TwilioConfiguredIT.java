package dev.marquee.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The twilio-video plugin inside the deployed WAR, configured only through environment variables
 * (TWILIO_*, MARQUEE_TWILIO_*), with Twilio's REST API replaced by a local stand-in: the plugin is
 * configured, stages play without tokens, callbacks are checked, and the SDK really calls "Twilio".
 */
class TwilioConfiguredIT {

    private static final String EMAIL = "twilio-organizer@marquee.test";
    private static final String PASSWORD = "a-long-twilio-password";
    private static final String AUTH_TOKEN = "system-test-auth-token";
    private static final String API_SECRET = "system-test-api-secret-0123456789abcdef";
    private static final String CALLBACK = "https://hooks.marquee.test/api/v1/webhooks/twilio/video";

    private static TwilioRestStandIn twilio;
    private static MarqueeServer server;

    @BeforeAll
    static void boot() {
        twilio = new TwilioRestStandIn();
        server = new MarqueeServer(MarqueeServer.newWorkDir("twilio"), Map.of(
                "TWILIO_ACCOUNT_SID", "ACsystemtest", "TWILIO_AUTH_TOKEN", AUTH_TOKEN,
                "TWILIO_API_KEY", "SKsystemtest", "TWILIO_API_SECRET", API_SECRET,
                "MARQUEE_TWILIO_API_URL", twilio.url(), "MARQUEE_TWILIO_STATUS_CALLBACK_URL", CALLBACK,
                "MARQUEE_ADMIN_EMAIL", EMAIL, "MARQUEE_ADMIN_PASSWORD", PASSWORD, "MARQUEE_DEMO", "false")).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        twilio.close();
    }

    @Test
    void theEnvironmentConfiguresThePluginAndSecretsNeverShow() {
        JsonNode plugins = new Api(server).get("/api/v1/plugins").json();
        JsonNode plugin = null;
        for (JsonNode p : plugins) {
            if (p.get("id").asText().equals("twilio-video")) {
                plugin = p;
            }
        }
        assertThat(plugin).isNotNull();
        assertThat(plugin.get("configured").asBoolean()).isTrue();
        assertThat(plugin.get("settings").findValuesAsText("name"))
                .containsExactly("mode", "privateParty", "maxParticipants", "overflowStageSlug");
        assertThat(server.log()).doesNotContain(API_SECRET).doesNotContain(AUTH_TOKEN);
    }

    @Test
    void aStagePlaysWithoutATokenAndItsRoomIsCompletedWhenDeleted() throws Exception {
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        String slug = unique("tw");
        long eventId = organizer.post("/api/v1/events", event(slug, "PUBLIC")).json().get("id").asLong();
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "party",
                "name", "Party", "provider", "twilio-video",
                "settings", Map.of("mode", "party", "overflowStageSlug", "main")));
        assertThat(created.status()).isEqualTo(201);
        long stageId = created.json().get("id").asLong();
        assertThat(created.json().get("twilio").get("room").asText()).isEqualTo("marquee-stage-" + stageId);

        JsonNode playback = new Api(server).get("/api/v1/stages/" + stageId + "/playback").json();
        JsonNode source = playback.get("sources").get(0);
        assertThat(source.get("type").asText()).isEqualTo("twilio-video");
        assertThat(source.get("room").asText()).isEqualTo("marquee-stage-" + stageId);
        assertThat(source.get("mode").asText()).isEqualTo("party");
        assertThat(source.get("overflowUrl").asText()).isEqualTo("/e/" + slug + "/main");
        assertThat(source.has("token")).isFalse();

        assertThat(organizer.delete("/api/v1/stages/" + stageId).status()).isEqualTo(204);
        String path = "/v1/Rooms/marquee-stage-" + stageId;
        Instant deadline = Instant.now().plusSeconds(15);
        while (twilio.requests().stream().noneMatch(r -> r.path().equals(path)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(twilio.requests()).anySatisfy(r -> {
            assertThat(r.method() + " " + r.path()).isEqualTo("POST " + path);
            assertThat(r.body()).isEqualTo("Status=completed");
            assertThat(r.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString(("SKsystemtest:" + API_SECRET).getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Test
    void callbacksNeedTwiliosSignature() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", "ACsystemtest");
        form.put("RoomName", "marquee-stage-999999");
        form.put("RoomSid", "RM00000000000000000000000000000999");
        form.put("StatusCallbackEvent", "room-ended");
        form.put("Timestamp", "2026-11-21T10:00:00Z");
        assertThat(webhook(form, null).statusCode()).isEqualTo(403);
        assertThat(webhook(form, "bm90IGEgc2lnbmF0dXJl").statusCode()).isEqualTo(403);
        HttpResponse<String> signed = webhook(form, sign(form));
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body()).contains("\"received\":true");
        assertThat(webhook(form, sign(form)).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> webhook(Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/v1/webhooks/twilio/video"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Twilio's signature: Base64(HMAC-SHA1(auth token, callback URL + sorted key/value pairs)). */
    private static String sign(Map<String, String> form) throws Exception {
        StringBuilder data = new StringBuilder(CALLBACK);
        new TreeMap<>(form).forEach((key, value) -> data.append(key).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
