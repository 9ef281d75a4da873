package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Recording and replays against the assembled WAR on the shared H2 server: ffmpeg publishes 60 s to an
 * rtmp stage whose schedule holds two 25 s sessions; each becomes a replay whose duration ffprobe reads
 * within one segment of 25 s, ffmpeg plays it from a seek point, a stranger and a tampered address are
 * refused, an unpublished replay disappears for attendees but not for organizers, and deleting the
 * recording removes the replays.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class RecordingReplayIT {

    /** A replay is cut from whole segments: it may be longer or shorter by one segment (2 s) at each end. */
    private static final double SEGMENT = 2.1;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process publisher;

    @AfterEach
    void stop() {
        if (publisher != null) {
            publisher.destroyForcibly();
        }
    }

    @Test
    void eachScheduledSessionOfAStreamBecomesAReplay(MarqueeServer server) throws Exception {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = "rec-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Rec " + slug, "timezone", "UTC",
                "access", "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();

        Instant start = Instant.now().plusSeconds(5);
        long first = session(organizer, stageId, "First talk", start, start.plusSeconds(25));
        long second = session(organizer, stageId, "Second talk", start.plusSeconds(25), start.plusSeconds(50));
        Path log = server.workDir().resolve("ffmpeg-" + UUID.randomUUID() + ".log");
        publisher = Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 60, log);

        MarqueeServer.sleep(start.plusSeconds(10).toEpochMilli() - System.currentTimeMillis());
        Instant said;
        try (ChatClient chat = ChatClient.signedIn(server, stageId, organizer)) {
            said = Instant.now();
            chat.say("ten seconds into the first talk");
            chat.awaitMessage("ten seconds into the first talk");
        }
        JsonNode recording = organizer.get("/api/v1/stages/" + stageId + "/recordings").json().get(0);
        assertThat(recording.path("status").asText()).as("recorded while live").isEqualTo("recording");
        assertThat(recording.path("endedAt").isNull()).isTrue();
        assertThat(organizer.get("/api/v1/sessions/" + first + "/replay").status())
                .as("no replay before the session ends").isEqualTo(404);

        JsonNode replay = awaitReplay(organizer, first, Instant.now().plusSeconds(60));
        assertThat(replay.path("durationSeconds").asDouble()).isCloseTo(25, within(SEGMENT * 2));
        assertThat(replay.path("title").asText()).isEqualTo("First talk");
        assertThat(replay.path("timeline").size()).as("one recording: one part").isEqualTo(1);
        assertThat(replay.at("/timeline/0/wallClock").asText()).isEqualTo(replay.path("from").asText());
        String playlist = server.uri(replay.at("/sources/0/url").asText()).toString();
        assertThat(replay.at("/sources/0/type").asText()).isEqualTo("hls");
        HttpResponse<String> vod = get(playlist);
        assertThat(vod.statusCode()).isEqualTo(200);
        assertThat(vod.body()).contains("#EXT-X-PLAYLIST-TYPE:VOD").contains("#EXT-X-ENDLIST")
                .contains("#EXT-X-MAP:URI=").contains("#EXT-X-PROGRAM-DATE-TIME:");
        assertThat(vod.headers().firstValue("Content-Type")).hasValue("application/vnd.apple.mpegurl");
        assertThat(duration(playlist)).as("ffprobe's duration of the first replay").isCloseTo(25, within(SEGMENT * 2));
        Ffmpeg.Result seek = Ffmpeg.run(List.of("ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-ss", "15",
                "-i", playlist, "-t", "3", "-f", "null", "-"), 60);
        assertThat(seek.exit()).as("ffmpeg plays from a seek point: " + seek.output()).isZero();

        // The chat of that time, with offsets from the replay's start: the message at its moment.
        JsonNode chatLog = organizer.get(replay.path("chat").asText()).json();
        JsonNode message = null;
        for (JsonNode m : chatLog.path("messages")) {
            if (m.path("text").asText().equals("ten seconds into the first talk")) {
                message = m;
            }
        }
        assertThat(message).as(chatLog.toString()).isNotNull();
        double expected = (said.toEpochMilli() - Instant.parse(replay.path("from").asText()).toEpochMilli()) / 1000.0;
        assertThat(message.path("offsetMillis").asLong() / 1000.0).as("replay time of the message")
                .isCloseTo(expected, within(0.25));

        JsonNode secondReplay = awaitReplay(organizer, second, Instant.now().plusSeconds(40));
        String secondPlaylist = server.uri(secondReplay.at("/sources/0/url").asText()).toString();
        assertThat(duration(secondPlaylist)).as("ffprobe's duration of the second replay").isCloseTo(25, within(SEGMENT * 2));
        assertThat(Instant.parse(secondReplay.path("from").asText()))
                .as("the second replay starts about where the first ends")
                .isBetween(Instant.parse(replay.path("to").asText()).minusSeconds(3),
                        Instant.parse(replay.path("to").asText()).plusSeconds(3));

        // Access: no one without a sign-in, no tampered or foreign address.
        Api stranger = new Api(server);
        assertThat(stranger.get("/api/v1/sessions/" + first + "/replay").status()).isEqualTo(401);
        assertThat(stranger.get("/api/v1/events/" + eventId + "/replays").status()).isEqualTo(401);
        String token = playlist.replaceAll(".*/media/replay/s\\d+/([^/]+)/index.m3u8", "$1");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("xx") ? "yy" : "xx");
        assertThat(get(playlist.replace(token, tampered)).statusCode()).isEqualTo(403);
        assertThat(get(playlist.replace("/s" + first + "/", "/s" + second + "/")).statusCode())
                .as("a session's token opens no other replay").isEqualTo(403);
        String segmentOfOther = secondPlaylist.replace("index.m3u8", "")
                + vod.body().lines().filter(l -> l.endsWith(".m4s")).findFirst().orElseThrow();
        assertThat(get(segmentOfOther).statusCode()).as("a segment outside the replay").isEqualTo(404);

        Instant announced = Instant.now().plusSeconds(20);
        while (!server.log().contains("Replay of session " + first + " is ready") && Instant.now().isBefore(announced)) {
            MarqueeServer.sleep(500);
        }
        assertThat(server.log()).as("ReplayReady is fired by the sweep").contains("Replay of session " + first + " is ready");

        JsonNode list = organizer.get("/api/v1/events/" + eventId + "/replays").json();
        assertThat(list.findValuesAsText("title")).containsExactly("First talk", "Second talk");

        // Unpublished: gone for attendees' lists, still there for organizers (to preview and publish again).
        JsonNode cut = organizer.put("/api/v1/sessions/" + first + "/replay", Map.of("startOffsetSeconds", 4,
                "endOffsetSeconds", -4, "published", false)).json();
        assertThat(cut.path("published").asBoolean()).isFalse();
        assertThat(cut.path("durationSeconds").asDouble()).as("trimmed by 8 s").isCloseTo(17, within(SEGMENT * 2));
        assertThat(organizer.put("/api/v1/sessions/" + first + "/replay", Map.of("startOffsetSeconds", 30,
                "endOffsetSeconds", 0, "published", true)).status()).as("a cut that ends before it starts").isEqualTo(400);

        JsonNode done = awaitStatus(organizer, stageId, "complete", Instant.now().plusSeconds(40));
        assertThat(done.path("durationSeconds").asDouble()).isCloseTo(60, within(4.0));
        assertThat(done.path("sizeBytes").asLong()).isPositive();
        JsonNode whole = organizer.get("/api/v1/recordings/" + done.path("id").asLong() + "/replay").json();
        assertThat(duration(server.uri(whole.at("/sources/0/url").asText()).toString())).isCloseTo(60, within(4.0));

        assertThat(organizer.delete("/api/v1/recordings/" + done.path("id").asLong()).status()).isEqualTo(204);
        assertThat(organizer.get("/api/v1/stages/" + stageId + "/recordings").json().size()).isZero();
        assertThat(organizer.get("/api/v1/sessions/" + second + "/replay").status()).isEqualTo(404);
    }

    private static long session(Api organizer, long stageId, String title, Instant from, Instant to) {
        return organizer.post("/api/v1/stages/" + stageId + "/sessions", Map.of("title", title, "speakers", List.of("Ada"),
                "startsAt", from.toString(), "endsAt", to.toString())).json().at("/session/id").asLong();
    }

    static JsonNode awaitReplay(Api api, long sessionId, Instant deadline) {
        Api.Reply reply = api.get("/api/v1/sessions/" + sessionId + "/replay");
        while (reply.status() != 200 && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(500);
            reply = api.get("/api/v1/sessions/" + sessionId + "/replay");
        }
        assertThat(reply.status()).as("the replay of session " + sessionId + ": " + reply.raw().body()).isEqualTo(200);
        return reply.json();
    }

    static JsonNode awaitStatus(Api api, long stageId, String status, Instant deadline) {
        JsonNode recording = latest(api, stageId);
        while (!status.equals(recording.path("status").asText()) && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(500);
            recording = latest(api, stageId);
        }
        assertThat(recording.path("status").asText()).as(recording.toString()).isEqualTo(status);
        return recording;
    }

    /** The stage's newest recording, or a missing node while it has none. */
    private static JsonNode latest(Api api, long stageId) {
        return api.get("/api/v1/stages/" + stageId + "/recordings").json().path(0);
    }

    /** ffprobe's duration of a playlist, in seconds. */
    static double duration(String playlist) {
        Ffmpeg.Result r = Ffmpeg.run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                "default=noprint_wrappers=1:nokey=1", playlist), 60);
        assertThat(r.exit()).as("ffprobe " + playlist + ": " + r.output()).isZero();
        return Double.parseDouble(r.output().trim().lines().reduce((a, b) -> b).orElseThrow());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
