package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The stage chat over real WebSockets against the WAR: isolation, history, safety, limits, moderation. */
@ExtendWith(ServerExtension.class)
abstract class ChatContract {

    private MarqueeServer server;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A new event with the given access and two stages; returns {eventId, stageA, stageB}. */
    private long[] event(String access) {
        String slug = "chat-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Chat " + slug,
                "timezone", "UTC", "access", access)).json().get("id").asLong();
        long a = stage(eventId, "a");
        long b = stage(eventId, "b");
        return new long[]{eventId, a, b};
    }

    private long stage(long eventId, String slug) {
        return organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", slug, "name", "Stage " + slug,
                "provider", "external", "settings", Map.of("url", "https://example.org/live.m3u8"))).json().get("id").asLong();
    }

    @Test
    void twoStagesStayApartAndJoinersGetTheHistory() {
        long[] ids = event("PUBLIC");
        try (ChatClient ada = ChatClient.guest(server, ids[1], "Ada");
             ChatClient bob = ChatClient.guest(server, ids[2], "Bob")) {
            JsonNode welcome = ada.await("chat.welcome");
            assertThat(welcome.at("/you/name").asText()).isEqualTo("Ada");
            assertThat(welcome.at("/you/role").asText()).isEqualTo("guest");
            ada.say("hello stage A");
            JsonNode message = ada.awaitMessage("hello stage A");
            assertThat(message.at("/author/name").asText()).isEqualTo("Ada");
            assertThat(message.at("/author/role").asText()).isEqualTo("guest");
            assertThat(message.path("id").isTextual()).isTrue();
            assertThat(message.path("sentAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(bob.receives(f -> f.path("text").asText().contains("hello"), Duration.ofSeconds(1))).isFalse();

            try (ChatClient late = ChatClient.guest(server, ids[1], "Late")) {
                late.awaitMessage("hello stage A");
                late.await(f -> "presence".equals(f.path("type").asText()) && f.path("viewers").asInt() == 2);
            }
        }
    }

    @Test
    void htmlComesBackInertAndUnicodeIntact() {
        long[] ids = event("PUBLIC");
        try (ChatClient mallory = ChatClient.guest(server, ids[1], "<b>Mallory</b>")) {
            mallory.say("<img src=x onerror=alert(1)>look <script>alert('x')</script>here");
            JsonNode m = mallory.await("chat.message");
            assertThat(m.path("text").asText()).isEqualTo("look here").doesNotContain("<", "onerror");
            mallory.say("I <3 emoji 👋🏽 & Grüße");
            assertThat(mallory.await("chat.message").path("text").asText()).isEqualTo("I &lt;3 emoji 👋🏽 &amp; Grüße");
        }
    }

    @Test
    void aFlooderIsRateLimitedAndOthersAreNot() {
        long[] ids = event("PUBLIC");
        try (ChatClient flooder = ChatClient.guest(server, ids[1], "Flood");
             ChatClient calm = ChatClient.guest(server, ids[1], "Calm")) {
            for (int i = 0; i < 8; i++) {
                flooder.say("spam " + i);
            }
            JsonNode error = flooder.await("error");
            assertThat(error.path("error").asText()).isEqualTo("rate_limited");
            assertThat(error.path("detail").asText()).contains("Slow down");
            calm.say("still here");
            calm.awaitMessage("still here");
        }
    }

    @Test
    void slowModeLetsEachPersonPostOnceInAWhile() {
        long[] ids = event("PUBLIC");
        assertThat(organizer.put("/api/v1/stages/" + ids[1] + "/chat", Map.of("enabled", true, "slowModeSeconds", 30))
                .status()).isEqualTo(200);
        try (ChatClient ann = ChatClient.guest(server, ids[1], "Ann")) {
            ann.say("first");
            ann.awaitMessage("first");
            ann.say("second");
            JsonNode error = ann.await("error");
            assertThat(error.path("error").asText()).isEqualTo("slow_mode");
            assertThat(error.path("detail").asText()).contains("30 s");
        }
        assertThat(organizer.put("/api/v1/stages/" + ids[1] + "/chat", Map.of("slowModeSeconds", 9999)).json()
                .at("/fields/0/name").asText()).isEqualTo("slowModeSeconds");
    }

    @Test
    void aBannedGuestStaysOutUnderANewNameAndTheLogSaysWhy() {
        long[] ids = event("PUBLIC");
        try (ChatClient host = ChatClient.signedIn(server, ids[1], organizer);
             ChatClient troll = ChatClient.guest(server, ids[1], "Troll")) {
            assertThat(host.await("chat.welcome").at("/you/moderator").asBoolean()).isTrue();
            troll.say("buy cheap stuff");
            String id = host.awaitMessage("buy cheap stuff").path("id").asText();
            troll.send(Map.of("type", "chat.delete", "id", id));
            assertThat(troll.await("error").path("error").asText()).isEqualTo("forbidden");

            host.send(Map.of("type", "chat.delete", "id", id));
            assertThat(troll.await("chat.deleted").path("id").asText()).isEqualTo(id);
            host.send(Map.of("type", "chat.ban", "id", id));
            assertThat(host.await("chat.moderation").path("action").asText()).isEqualTo("ban");
            assertThat(troll.awaitClose()).isEqualTo(1008);
        }
        try (ChatClient again = ChatClient.guest(server, ids[1], "Totally New Name")) {
            assertThat(again.await("error").path("error").asText()).isEqualTo("banned");
            assertThat(again.awaitClose()).isEqualTo(1008);
        }
        try (ChatClient late = ChatClient.guest(server, ids[2], "Troll")) {
            late.await("chat.welcome");
        }
        JsonNode log = organizer.get("/api/v1/stages/" + ids[1] + "/chat/moderation").json();
        assertThat(log.get(0).path("action").asText()).isEqualTo("ban");
        assertThat(log.get(0).path("target").asText()).isEqualTo("Troll");
        assertThat(log.get(1).path("action").asText()).isEqualTo("delete");
        assertThat(new Api(server).get("/api/v1/stages/" + ids[1] + "/chat/moderation").status()).isEqualTo(401);
    }

    @Test
    void pinClearAndTimeoutReachEveryone() {
        long[] ids = event("PUBLIC");
        try (ChatClient host = ChatClient.signedIn(server, ids[1], organizer);
             ChatClient ann = ChatClient.guest(server, ids[1], "Ann")) {
            host.say("Welcome! Questions go here.");
            String id = ann.awaitMessage("Welcome! Questions go here.").path("id").asText();
            host.send(Map.of("type", "chat.pin", "id", id));
            assertThat(ann.await("chat.pinned").at("/message/id").asText()).isEqualTo(id);
            try (ChatClient late = ChatClient.guest(server, ids[1], "Late")) {
                late.await("chat.pinned");
            }
            ann.say("can I ask?");
            String annId = host.awaitMessage("can I ask?").path("id").asText();
            host.send(Map.of("type", "chat.timeout", "id", annId, "seconds", 60));
            assertThat(ann.await("chat.moderation").path("action").asText()).isEqualTo("timeout");
            ann.say("hello?");
            assertThat(ann.await("error").path("error").asText()).isEqualTo("timed_out");
            host.send(Map.of("type", "chat.clear"));
            ann.await("chat.cleared");
        }
        try (ChatClient after = ChatClient.guest(server, ids[1], "After")) {
            after.await("presence");
            assertThat(after.seen()).noneMatch(f -> "chat.message".equals(f.path("type").asText()));
        }
    }

    @Test
    void onlyPeopleAllowedToWatchMayConnect() {
        long[] ids = event("TICKETED");
        try (ChatClient stranger = ChatClient.guest(server, ids[1], "Stranger")) {
            assertThat(stranger.await("error").path("error").asText()).isEqualTo("not_signed_in");
            assertThat(stranger.awaitClose()).isEqualTo(4401);
        }
        long[] open = event("PUBLIC");
        try (ChatClient nameless = ChatClient.guest(server, open[1], " ")) {
            // A PUBLIC stage lets a nameless guest watch; sending anything asks for a name.
            assertThat(nameless.await("chat.welcome").at("/you/role").asText()).isEqualTo("watcher");
            nameless.await("presence");
            nameless.say("hello?");
            JsonNode refused = nameless.await("error");
            assertThat(refused.path("error").asText()).isEqualTo("name_required");
            assertThat(refused.path("detail").asText()).contains("display name");
        }
        try (ChatClient organizerClient = ChatClient.signedIn(server, ids[1], organizer)) {
            assertThat(organizerClient.await("chat.welcome").at("/you/role").asText()).isEqualTo("organizer");
        }
        assertThat(organizer.put("/api/v1/stages/" + open[1] + "/chat", Map.of("enabled", false)).status()).isEqualTo(200);
        try (ChatClient muted = ChatClient.guest(server, open[1], "Muted")) {
            assertThat(muted.await("chat.welcome").at("/chat/enabled").asBoolean()).isFalse();
            muted.say("anyone?");
            assertThat(muted.await("error").path("error").asText()).isEqualTo("chat_closed");
        }
        assertThat(organizer.get("/api/v1/stages/" + open[1]).json().at("/chat/enabled").asBoolean()).isFalse();
    }
}
