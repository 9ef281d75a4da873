package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restream against the assembled WAR: ffmpeg publishes to an rtmp stage with two targets, two nginx-rtmp
 * servers on 127.0.0.2 (which the shared server allows through {@code marquee.outbound.allow}, env
 * {@code MARQUEE_OUTBOUND_ALLOW}); both receive the stream and ffprobe reads H.264 and AAC from each. One
 * receiver is killed and started again: its target reconnects, while the other's stream plays on without a
 * break and its push never reconnects. A target on 127.0.0.1 (not allowed) is refused when saved with a clear
 * error on the url field; the stream keys never show in an API response or the server's log.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class RestreamIT {

    private final List<AutoCloseable> running = new ArrayList<>();
    private Process publisher;

    @AfterEach
    void stop() throws Exception {
        if (publisher != null) {
            publisher.destroyForcibly();
        }
        for (AutoCloseable c : running) {
            c.close();
        }
    }

    @Test
    void aLiveStageIsPushedToTwoServersAndOneFailingNeverTouchesTheOther(MarqueeServer server) throws Exception {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = "restream-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Restream " + slug, "timezone", "UTC",
                "access", "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String streamKey = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();

        // Inside and not allowed: refused when saved, on the url field, saying how an operator allows it.
        Api.Reply inside = organizer.post("/api/v1/stages/" + stageId + "/restreams",
                Map.of("url", "rtmp://127.0.0.1:" + server.rtmpPort() + "/live", "key", "inside-key-" + slug));
        assertThat(inside.status()).isEqualTo(400);
        assertThat(inside.json().at("/fields/0/name").asText()).isEqualTo("url");
        assertThat(inside.json().at("/fields/0/message").asText()).contains("loopback").contains("marquee.outbound.allow");
        assertThat(organizer.post("/api/v1/stages/" + stageId + "/restreams", Map.of("url", "http://example.com/live",
                "key", "k")).json().at("/fields/0/name").asText()).isEqualTo("url");

        RtmpReceiver first = receiver(server, "first");
        RtmpReceiver second = receiver(server, "second");
        String key1 = "first-key-" + UUID.randomUUID();
        String key2 = "second-key-" + UUID.randomUUID();
        Api.Reply added1 = organizer.post("/api/v1/stages/" + stageId + "/restreams", Map.of("url", first.url(), "key", key1));
        assertThat(added1.status()).isEqualTo(201);
        long id1 = added1.json().get("id").asLong();
        assertThat(added1.header("Location")).endsWith("/api/v1/restreams/" + id1);
        assertThat(added1.json().get("key").asText()).isEqualTo("********");
        long id2 = organizer.post("/api/v1/stages/" + stageId + "/restreams", Map.of("url", second.url(), "key", key2))
                .json().get("id").asLong();
        assertThat(organizer.get("/api/v1/restreams/" + id2).json().at("/status/state").asText()).isEqualTo("idle");

        Path log = server.workDir().resolve("ffmpeg-restream-" + UUID.randomUUID() + ".log");
        publisher = Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + streamKey, 150, log);
        awaitState(organizer, id1, s -> s.equals("connected"), 30);
        awaitState(organizer, id2, s -> s.equals("connected"), 30);

        for (String received : List.of(first.url() + "/" + key1, second.url() + "/" + key2)) {
            JsonNode probe = Ffmpeg.probe(received);
            assertThat(probe.path("streams").toString()).as(received)
                    .contains("\"codec_name\":\"h264\"").contains("\"codec_name\":\"aac\"").contains("\"width\":640");
        }
        MarqueeServer.sleep(2_000);
        JsonNode list = organizer.get("/api/v1/stages/" + stageId + "/restreams").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).at("/status/bitrate").asLong()).as("bits per second pushed").isGreaterThan(300_000);

        // The second target is played throughout while the first receiver dies and comes back.
        CompletableFuture<Ffmpeg.Result> watching = CompletableFuture.supplyAsync(() -> Ffmpeg.play(second.url() + "/" + key2, 20));
        MarqueeServer.sleep(2_000);
        first.kill();
        awaitState(organizer, id1, s -> s.equals("retrying") || s.equals("connecting"), 20);
        assertThat(organizer.get("/api/v1/restreams/" + id1).json().at("/status/lastError").asText()).isNotBlank();
        MarqueeServer.sleep(3_000);
        first.start();
        JsonNode back = awaitState(organizer, id1, s -> s.equals("connected"), 45);
        assertThat(back.at("/status/reconnects").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(Ffmpeg.probe(first.url() + "/" + key1).path("streams").toString()).contains("\"codec_name\":\"h264\"");

        Ffmpeg.Result played = watching.get();
        assertThat(played.exit()).as(played.output()).isZero();
        assertThat(played.output()).as("the other target's stream went on without errors").isBlank();
        JsonNode other = organizer.get("/api/v1/restreams/" + id2).json();
        assertThat(other.at("/status/state").asText()).isEqualTo("connected");
        assertThat(other.at("/status/reconnects").asLong()).as("the other target never reconnected").isZero();

        // Stop and start one target by hand.
        assertThat(organizer.put("/api/v1/restreams/" + id2, Map.of("enabled", false)).json().at("/status/state").asText())
                .isEqualTo("idle");
        organizer.put("/api/v1/restreams/" + id2, Map.of("enabled", true));
        awaitState(organizer, id2, s -> s.equals("connected"), 30);

        // The keys stay secret: masked in every answer, never in the server's log.
        String answers = organizer.get("/api/v1/stages/" + stageId + "/restreams").raw().body()
                + organizer.get("/api/v1/restreams/" + id1).raw().body();
        assertThat(answers).doesNotContain(key1).doesNotContain(key2).contains("********");
        assertThat(server.log()).doesNotContain(key1).doesNotContain(key2).doesNotContain("inside-key-" + slug);

        // A guest may not see or touch the targets.
        Api stranger = new Api(server);
        assertThat(stranger.get("/api/v1/stages/" + stageId + "/restreams").status()).isEqualTo(401);
        assertThat(organizer.delete("/api/v1/restreams/" + id1).status()).isEqualTo(204);
        assertThat(organizer.get("/api/v1/stages/" + stageId + "/restreams").json()).hasSize(1);
    }

    private RtmpReceiver receiver(MarqueeServer server, String name) {
        RtmpReceiver r = RtmpReceiver.start(server.workDir().resolve("nginx-rtmp-" + name + "-" + UUID.randomUUID()),
                ExportServer.ALLOWED_HOST);
        running.add(r);
        return r;
    }

    private static JsonNode awaitState(Api organizer, long id, Predicate<String> wanted, int seconds) {
        Instant deadline = Instant.now().plusSeconds(seconds);
        JsonNode target = organizer.get("/api/v1/restreams/" + id).json();
        while (!wanted.test(target.at("/status/state").asText()) && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(250);
            target = organizer.get("/api/v1/restreams/" + id).json();
        }
        assertThat(wanted.test(target.at("/status/state").asText())).as("restream %d: %s", id, target).isTrue();
        return target;
    }
}
