package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A replay's chat log against the WAR: what was said on a stage's socket comes back for a window of
 * time, less what a moderator deleted, with offsets from the window's start, to whoever may read the
 * stage's live chat and to nobody else.
 */
@ExtendWith(ServerExtension.class)
abstract class ChatReplayContract {

    private MarqueeServer server;
    private TestMailServer mail;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared, TestMailServer smtp) {
        server = shared;
        mail = smtp;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A new event with the given access and one stage: {eventId, stageId}. */
    private long[] event(String access) {
        String slug = unique("replay");
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Replay " + slug,
                "timezone", "UTC", "access", access)).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "external", "settings", Map.of("url", "https://example.org/live.m3u8"))).json()
                .get("id").asLong();
        return new long[] {eventId, stageId};
    }

    private static String log(long stageId, long from, long to) {
        return "/api/v1/stages/" + stageId + "/chat/replay?from=" + from + "&to=" + to;
    }

    @Test
    void theLogHoldsWhatWasSaidLessWhatAModeratorDeletedWithOffsetsFromItsStart() throws InterruptedException {
        long[] ids = event("PUBLIC");
        long from = System.currentTimeMillis() - 1000;
        List<JsonNode> live = new ArrayList<>();
        try (ChatClient host = ChatClient.signedIn(server, ids[1], organizer);
             ChatClient ada = ChatClient.guest(server, ids[1], "Ada")) {
            host.await("chat.welcome");
            ada.await("chat.welcome");
            for (String text : List.of("first", "second", "third")) {
                ada.say(text);
                live.add(host.awaitMessage(text));
                Thread.sleep(300);
            }
            host.say("thanks all");
            live.add(host.awaitMessage("thanks all"));
            host.send(Map.of("type", "chat.delete", "id", live.get(1).path("id").asText()));
            ada.await("chat.deleted");
        }
        long to = System.currentTimeMillis() + 1000;

        Api.Reply reply = new Api(server).get(log(ids[1], from, to));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(Instant.parse(body.path("from").asText())).isEqualTo(Instant.ofEpochMilli(from));
        JsonNode messages = body.path("messages");
        assertThat(messages).extracting(m -> m.path("text").asText()).containsExactly("first", "third", "thanks all");
        List<JsonNode> kept = List.of(live.get(0), live.get(2), live.get(3));
        long previous = -1;
        for (int i = 0; i < kept.size(); i++) {
            JsonNode m = messages.get(i);
            JsonNode frame = kept.get(i);
            assertThat(m.path("id").asText()).isEqualTo(frame.path("id").asText());
            assertThat(m.path("author")).isEqualTo(frame.path("author"));
            long sentAt = Instant.parse(m.path("sentAt").asText()).toEpochMilli();
            // The database may keep a time to the microsecond, rounded: within a millisecond of the frame's.
            assertThat(sentAt).isCloseTo(Instant.parse(frame.path("sentAt").asText()).toEpochMilli(), within(1L));
            assertThat(m.path("offsetMillis").asLong()).isEqualTo(sentAt - from).isGreaterThan(previous);
            previous = m.path("offsetMillis").asLong();
        }
        assertThat(messages.get(0).at("/author/name").asText()).isEqualTo("Ada");
        assertThat(messages.get(0).at("/author/id").asText()).startsWith("p-");
        assertThat(messages.get(2).at("/author/role").asText()).isEqualTo("organizer");
        assertThat(reply.raw().body()).doesNotContain("second", ADMIN_EMAIL);

        long third = Instant.parse(messages.get(1).path("sentAt").asText()).toEpochMilli();
        assertThat(new Api(server).get(log(ids[1], third, to)).json().path("messages"))
                .extracting(m -> m.path("offsetMillis").asLong()).first().isEqualTo(0L);
        assertThat(new Api(server).get(log(ids[1], from - 60_000, from)).json().path("messages")).isEmpty();
    }

    @Test
    void windowsOverADayBackwardsOrUnreadableAreRefused() {
        long[] ids = event("PUBLIC");
        long now = System.currentTimeMillis();
        Api anyone = new Api(server);
        assertThat(anyone.get(log(ids[1], now - 86_400_000L, now)).status()).isEqualTo(200);
        Api.Reply tooLong = anyone.get(log(ids[1], now - 86_400_001L, now));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(anyone.get(log(ids[1], now, now - 1)).status()).isEqualTo(400);
        assertThat(anyone.get("/api/v1/stages/" + ids[1] + "/chat/replay?from=yesterday&to=" + now).status()).isEqualTo(400);
        assertThat(anyone.get("/api/v1/stages/" + ids[1] + "/chat/replay?to=" + now).status()).isEqualTo(400);
        assertThat(anyone.get(log(987_654_321L, now - 1000, now)).status()).isEqualTo(404);
    }

    @Test
    void onlyPeopleWhoMayReadTheLiveChatReadItsLog() {
        long[] ticketed = event("TICKETED");
        long from = System.currentTimeMillis() - 1000;
        try (ChatClient host = ChatClient.signedIn(server, ticketed[1], organizer)) {
            host.say("for ticket holders");
            host.awaitMessage("for ticket holders");
        }
        long to = System.currentTimeMillis() + 1000;
        Api.Reply stranger = new Api(server).get(log(ticketed[1], from, to));
        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.json().path("error").asText()).isEqualTo("not_signed_in");
        assertThat(stranger.raw().body()).doesNotContain("for ticket holders");

        Api holder = Attendees.signedIn(server, mail, organizer, ticketed[0], unique("rp"), "Ada").get("Ada");
        assertThat(holder.get(log(ticketed[1], from, to)).json().path("messages"))
                .extracting(m -> m.path("text").asText()).containsExactly("for ticket holders");
        assertThat(organizer.get(log(ticketed[1], from, to)).status()).isEqualTo(200);
    }

    @Test
    void aGuestBannedFromTheChatCannotReadItsLogByTheirBrowserOrAddress() {
        long[] ids = event("PUBLIC");
        Api trollsBrowser = new Api(server);
        String slug = organizer.get("/api/v1/events/" + ids[0]).json().get("slug").asText();
        trollsBrowser.get("/e/" + slug + "/main");
        String guestCookie = "MARQUEE_GUEST=" + trollsBrowser.cookie("MARQUEE_GUEST").orElseThrow().getValue();
        long from = System.currentTimeMillis() - 1000;
        try (ChatClient host = ChatClient.signedIn(server, ids[1], organizer);
             ChatClient troll = ChatClient.guest(server, ids[1], "Troll", guestCookie)) {
            host.await("chat.welcome");
            troll.say("spam");
            String id = host.awaitMessage("spam").path("id").asText();
            host.send(Map.of("type", "chat.ban", "id", id));
            assertThat(troll.awaitClose()).isEqualTo(1008);
        }
        long to = System.currentTimeMillis() + 1000;
        Api.Reply banned = trollsBrowser.get(log(ids[1], from, to));
        assertThat(banned.status()).isEqualTo(403);
        assertThat(banned.json().path("detail").asText()).contains("banned");
        assertThat(new Api(server).get(log(ids[1], from, to)).status()).as("same address").isEqualTo(403);
        assertThat(RawHttp.get("127.0.0.7", server.uri(log(ids[1], from, to)), guestCookie).status())
                .as("same browser, another address").isEqualTo(403);
        assertThat(RawHttp.get("127.0.0.7", server.uri(log(ids[1], from, to)), null).status())
                .as("someone else").isEqualTo(200);
        assertThat(organizer.get(log(ids[1], from, to)).status()).isEqualTo(200);
    }
}
