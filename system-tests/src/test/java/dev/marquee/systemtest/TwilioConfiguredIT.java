package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.plugin.twilio.api.TwilioStandIn;
import org.openqa.selenium.By;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The twilio-video plugin inside the deployed WAR, configured only through environment variables
 * (TWILIO_*, MARQUEE_TWILIO_*), with Twilio's REST API replaced by a local stand-in: the plugin is
 * configured, stages play without tokens, callbacks are checked, and the SDK really calls "Twilio".
 */
class TwilioConfiguredIT {

    private static final String EMAIL = TwilioServers.ORGANIZER_EMAIL;
    private static final String PASSWORD = TwilioServers.ORGANIZER_PASSWORD;
    private static final String AUTH_TOKEN = TwilioServers.AUTH_TOKEN;
    private static final String API_SECRET = TwilioServers.API_SECRET;
    private static final TwilioCallbacks CALLBACKS = new TwilioCallbacks(TwilioServers.ACCOUNT_SID, AUTH_TOKEN,
            TwilioServers.CALLBACK);

    private static TwilioStandIn twilio;
    private static MarqueeServer server;

    @BeforeAll
    static void boot() {
        twilio = new TwilioStandIn();
        server = TwilioServers.start("twilio", twilio);
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
        JsonNode plugins = new Api(server).login(EMAIL, PASSWORD).get("/api/v1/plugins").json();
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
            assertThat(r.form()).containsEntry("Status", "completed");
            assertThat(r.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((TwilioServers.API_KEY + ":" + API_SECRET).getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Test
    void callbacksNeedTwiliosSignature() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioServers.ACCOUNT_SID);
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

    @Test
    void anInteractiveStageRunsFromARaisedHandToTheHostLeaving() throws Exception {
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        long stageId = stage(organizer, "interactive");
        String room = "marquee-stage-" + stageId;
        ChatClient host = ChatClient.signedIn(server, stageId, organizer);
        try (ChatClient viewer = ChatClient.guest(server, stageId, "Vera")) {
            host.send(Map.of("type", "stage.join"));
            host.await("stage.you");
            host.send(Map.of("type", "stage.start"));
            JsonNode hostYou = host.await(f -> you(f, "host"));
            assertToken(hostYou, room);
            awaitTrue("the room exists at Twilio", () -> twilio.sidOf(room) != null);
            String sid = twilio.sidOf(room);

            viewer.send(Map.of("type", "stage.join"));
            JsonNode viewerYou = viewer.await(f -> you(f, "viewer"));
            String vera = viewerYou.path("identity").asText();
            viewer.send(Map.of("type", "stage.hand", "raised", true));
            host.await(f -> "stage.state".equals(f.path("type").asText()) && f.path("hands").toString().contains(vera));

            host.send(Map.of("type", "stage.invite", "identity", vera));
            viewer.await("stage.invited");
            viewer.send(Map.of("type", "stage.accept"));
            assertToken(viewer.await(f -> you(f, "speaker")), room);
            twilio.addParticipant(sid, vera);
            assertThat(webhook(callback(room, sid, "participant-connected", vera)).statusCode()).isEqualTo(200);
            host.await(f -> "stage.state".equals(f.path("type").asText())
                    && f.path("speakers").toString().contains(vera));

            host.send(Map.of("type", "stage.mute", "identity", vera));
            viewer.await("stage.muted");
            host.send(Map.of("type", "stage.move", "identity", vera));
            viewer.await("stage.moved");
            viewer.await(f -> you(f, "viewer"));
            awaitTrue("Twilio is asked to disconnect the speaker", () -> twilio.requests().stream().anyMatch(r ->
                    r.path().endsWith("/Participants/" + vera) && "disconnected".equals(r.form().get("Status"))));

            host.close();
            viewer.await("stage.ended");
            awaitTrue("the room is completed", () -> "completed".equals(twilio.status(sid)));
        } finally {
            host.close();
        }
    }

    @Test
    void twoGuestsWhoTypeTheSameNameAreTwoPeopleOnTheVideoStage() throws Exception {
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        long stageId = stage(organizer, "interactive");
        String room = "marquee-stage-" + stageId;
        ChatClient host = ChatClient.signedIn(server, stageId, organizer);
        try (ChatClient first = ChatClient.guest(server, stageId, "Alice");
             ChatClient second = ChatClient.guest(server, stageId, "Alice")) {
            host.send(Map.of("type", "stage.join"));
            host.await("stage.you");
            host.send(Map.of("type", "stage.start"));
            host.await(f -> you(f, "host"));

            first.send(Map.of("type", "stage.join"));
            String alice = first.await(f -> you(f, "viewer")).path("identity").asText();
            second.send(Map.of("type", "stage.join"));
            String otherAlice = second.await(f -> you(f, "viewer")).path("identity").asText();
            assertThat(otherAlice).as("the same typed name, another person").isNotEqualTo(alice);

            first.send(Map.of("type", "stage.hand", "raised", true));
            host.await(f -> "stage.state".equals(f.path("type").asText()) && f.path("hands").toString().contains(alice));
            host.send(Map.of("type", "stage.invite", "identity", alice));
            first.await("stage.invited");
            first.send(Map.of("type", "stage.accept"));
            assertToken(first.await(f -> you(f, "speaker")), room);

            second.send(Map.of("type", "stage.accept"));
            assertThat(second.receives(f -> you(f, "speaker") || "stage.invited".equals(f.path("type").asText()),
                    Duration.ofSeconds(2))).as("the other Alice gets neither the invitation nor the speaker token")
                    .isFalse();
        } finally {
            host.close();
        }
    }

    @Test
    void aPartysDjHandsOverAndWatchingSendsTheWholeRuleSet() throws Exception {
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        long stageId = stage(organizer, "party");
        String room = "marquee-stage-" + stageId;
        ChatClient ana = ChatClient.guest(server, stageId, "Ana");
        try (ChatClient ben = ChatClient.guest(server, stageId, "Ben")) {
            ana.send(Map.of("type", "party.join"));
            JsonNode anaYou = ana.await(f -> partyYou(f) && f.path("dj").asBoolean());
            assertToken(anaYou, room);
            String anaId = anaYou.path("identity").asText();
            ben.send(Map.of("type", "party.join"));
            JsonNode benYou = ben.await(TwilioConfiguredIT::partyYou);
            assertThat(benYou.path("dj").asBoolean()).isFalse();
            String benId = benYou.path("identity").asText();
            awaitTrue("the room exists at Twilio", () -> twilio.sidOf(room) != null);
            String sid = twilio.sidOf(room);
            twilio.addParticipant(sid, anaId);
            twilio.addParticipant(sid, benId);
            assertThat(webhook(callback(room, sid, "participant-connected", benId)).statusCode()).isEqualTo(200);

            ben.send(Map.of("type", "party.watch", "identities", List.of(anaId)));
            awaitTrue("Ben's whole rule set is sent", () -> twilio.requests().stream().anyMatch(r ->
                    r.path().endsWith("/Participants/" + benId + "/SubscribeRules")
                            && r.form().getOrDefault("Rules", "").contains(anaId)));

            ana.close();
            ben.await(f -> "party.you".equals(f.path("type").asText()) && f.path("dj").asBoolean());
        } finally {
            ana.close();
        }
    }

    @Test
    void theStagePagesRunTheFlowInChromium() {
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        String slug = unique("twp");
        long eventId = organizer.post("/api/v1/events", event(slug, "PUBLIC")).json().get("id").asLong();
        assertThat(organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "studio", "name", "Studio",
                "provider", "twilio-video", "settings", Map.of("mode", "interactive"))).status()).isEqualTo(201);
        try (Browser host = Browser.open(server); Browser guest = Browser.open(server)) {
            try {
                host.go("/admin");
                host.type(By.id("email"), EMAIL).type(By.id("password"), PASSWORD).click(By.cssSelector("button[type=submit]"));
                host.find(By.linkText("New event"));
                host.go("/e/" + slug + "/studio");
                host.click(By.xpath("//button[normalize-space(.)='Start the stage']"));
                host.find(By.cssSelector("[aria-label='Your role: host']"));

                guest.go("/");
                guest.script("localStorage.setItem('marquee.guestName', 'Vera')");
                guest.go("/e/" + slug + "/studio");
                guest.click(By.xpath("//button[contains(normalize-space(.), 'Raise hand')]"));
                host.click(By.cssSelector("button[aria-label='Invite Vera on stage']"));
                guest.click(By.xpath("//button[normalize-space(.)='Accept']"));
                guest.find(By.cssSelector("[aria-label='Your role: speaker']"));
                host.find(By.xpath("//button[normalize-space(.)='Move to viewers']"));
                host.screenshot("14-twilio-host");
                guest.screenshot("15-twilio-speaker");
                host.click(By.xpath("//button[normalize-space(.)='Move to viewers']"));
                guest.find(By.cssSelector("[aria-label='Your role: viewer']"));
            } catch (RuntimeException | AssertionError e) {
                host.saveEvidence("twilio-host");
                guest.saveEvidence("twilio-guest");
                throw e;
            }
        }
    }

    private static long stage(Api organizer, String mode) {
        long eventId = organizer.post("/api/v1/events", event(unique("tw"), "PUBLIC")).json().get("id").asLong();
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "room",
                "name", "Room", "provider", "twilio-video", "settings", Map.of("mode", mode)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A party.you frame with a token (the first may come before the room exists at Twilio). */
    private static boolean partyYou(JsonNode frame) {
        return "party.you".equals(frame.path("type").asText()) && frame.path("token").isTextual()
                && !frame.path("token").asText().isEmpty();
    }

    private static boolean you(JsonNode frame, String role) {
        return "stage.you".equals(frame.path("type").asText()) && role.equals(frame.path("role").asText());
    }

    /** A Twilio access token for the room and the frame's identity, signed with the API secret, short-lived. */
    private static void assertToken(JsonNode you, String room) throws Exception {
        String[] parts = you.path("token").asText().split("\\.");
        assertThat(parts).hasSize(3);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8)));
        assertThat(parts[2]).isEqualTo(signature);
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.at("/grants/identity").asText()).isEqualTo(you.path("identity").asText());
        assertThat(claims.at("/grants/video/room").asText()).isEqualTo(room);
        assertThat(claims.path("iss").asText()).isEqualTo(TwilioServers.API_KEY);
        assertThat(claims.path("exp").asLong() - Instant.now().getEpochSecond()).isBetween(60L, 3700L);
    }

    private static HttpResponse<String> webhook(Map<String, String> form) throws Exception {
        return webhook(form, sign(form));
    }

    private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    static HttpResponse<String> webhook(Map<String, String> form, String signature) throws Exception {
        return CALLBACKS.send(server, form, signature);
    }

    static String sign(Map<String, String> form) throws Exception {
        return CALLBACKS.sign(form);
    }

    private static Map<String, String> callback(String room, String sid, String event, String identity) {
        return CALLBACKS.callback(room, sid, event, identity);
    }
}
