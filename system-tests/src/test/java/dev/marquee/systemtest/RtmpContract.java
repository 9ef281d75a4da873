package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static dev.marquee.systemtest.Await.await;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rtmp media provider end to end with real peers: ffmpeg publishes with a stage's key, ffprobe
 * and ffmpeg play HTTP-FLV, HLS and RTMP; keys, signatures, rotation and broken peers.
 */
@ExtendWith(ServerExtension.class)
abstract class RtmpContract {

    private MarqueeServer server;
    private Api organizer;
    private final List<Process> publishers = new ArrayList<>();

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @AfterEach
    void stopPublishers() {
        publishers.forEach(Process::destroyForcibly);
    }

    private long[] ticketedEventWithRtmpStage() {
        String slug = "rtmp-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Show " + slug,
                "timezone", "UTC", "access", "TICKETED")).json().get("id").asLong();
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "main", "name", "Main", "provider", "rtmp", "settings", Map.of()));
        assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
        return new long[]{eventId, stage.json().get("id").asLong()};
    }

    private String publishUrl(String key) {
        return "rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key;
    }

    private Process publish(String key, int seconds) {
        Path log = server.workDir().resolve("ffmpeg-" + UUID.randomUUID() + ".log");
        Process p = Ffmpeg.publish(publishUrl(key), seconds, log);
        publishers.add(p);
        return p;
    }

    private JsonNode playback(long stageId) {
        Api.Reply r = organizer.get("/api/v1/stages/" + stageId + "/playback");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private String source(JsonNode playback, String type) {
        for (JsonNode s : playback.path("sources")) {
            if (type.equals(s.path("type").asText())) {
                String url = s.path("url").asText();
                return url.startsWith("/") ? server.uri(url).toString() : url;
            }
        }
        throw new AssertionError("no " + type + " source in " + playback);
    }

    private static void assertH264AndAac(JsonNode probe) {
        JsonNode video = null;
        JsonNode audio = null;
        for (JsonNode s : probe.path("streams")) {
            if ("video".equals(s.path("codec_type").asText())) {
                video = s;
            } else if ("audio".equals(s.path("codec_type").asText())) {
                audio = s;
            }
        }
        assertThat(video).as("a video stream in %s", probe).isNotNull();
        assertThat(audio).as("an audio stream in %s", probe).isNotNull();
        assertThat(video.path("codec_name").asText()).isEqualTo("h264");
        assertThat(video.path("width").asInt()).isEqualTo(Ffmpeg.WIDTH);
        assertThat(video.path("height").asInt()).isEqualTo(Ffmpeg.HEIGHT);
        assertThat(audio.path("codec_name").asText()).isEqualTo("aac");
    }

    @Test
    void organizersSeeTheIngestAndOnlyThem() {
        long[] ids = ticketedEventWithRtmpStage();
        JsonNode stage = organizer.get("/api/v1/stages/" + ids[1]).json();
        assertThat(stage.at("/ingest/url").asText()).isEqualTo("rtmp://localhost:" + server.rtmpPort() + "/live");
        String key = stage.at("/ingest/streamKey").asText();
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        assertThat(stage.path("live").asBoolean()).isFalse();

        Api anonymous = new Api(server);
        assertThat(anonymous.get("/api/v1/stages/" + ids[1]).raw().body()).doesNotContain(key);
        assertThat(anonymous.get("/api/v1/stages/" + ids[1] + "/playback").status()).isIn(401, 403, 404);
        assertThat(anonymous.post("/api/v1/stages/" + ids[1] + "/stream-key", Map.of()).status()).isIn(401, 403);
        assertThat(server.log()).doesNotContain(key);
    }

    @Test
    void aPublishedStreamPlaysAsHttpFlvHlsAndRtmp() {
        long[] ids = ticketedEventWithRtmpStage();
        String key = organizer.get("/api/v1/stages/" + ids[1]).json().at("/ingest/streamKey").asText();
        publish(key, 90);
        await("the stage is live", Duration.ofSeconds(20), () -> playback(ids[1]).path("live").asBoolean());

        JsonNode playback = playback(ids[1]);
        assertThat(playback.path("provider").asText()).isEqualTo("rtmp");
        assertH264AndAac(Ffmpeg.probe(source(playback, "http-flv")));
        assertH264AndAac(Ffmpeg.probe(source(playback, "hls")));
        assertH264AndAac(Ffmpeg.probe(source(playback, "rtmp")));
        Ffmpeg.Result decoded = Ffmpeg.play(source(playback, "http-flv"), 4);
        assertThat(decoded.exit()).as(decoded.output()).isZero();

        JsonNode stats = organizer.get("/api/v1/stages/" + ids[1]).json().path("stats");
        assertThat(stats.path("resolution").asText()).isEqualTo(Ffmpeg.WIDTH + "x" + Ffmpeg.HEIGHT);
        assertThat(stats.path("bitrateKbps").asInt()).isPositive();
        assertThat(stats.path("frameRate").asDouble()).isBetween(15.0, 35.0);
        assertThat(organizer.get("/api/v1/events/" + ids[0] + "/stages").raw().body()).contains("\"live\":true");
    }

    @Test
    void unsignedTamperedOrForeignPlaybackAddressesAreRefused() throws Exception {
        long[] ids = ticketedEventWithRtmpStage();
        long[] other = ticketedEventWithRtmpStage();
        String key = organizer.get("/api/v1/stages/" + ids[1]).json().at("/ingest/streamKey").asText();
        publish(key, 60);
        await("the stage is live", Duration.ofSeconds(20), () -> playback(ids[1]).path("live").asBoolean());
        String flv = source(playback(ids[1]), "http-flv");
        String token = flv.replaceAll(".*/media/rtmp/\\d+/([^/]+)/live.flv", "$1");

        assertThat(status(flv.replace(token, "1"))).isEqualTo(404);
        assertThat(status(flv.replace(token, token.substring(0, token.length() - 2) + "xx"))).isEqualTo(403);
        assertThat(status(flv.replace(token, (Instant.now().getEpochSecond() - 10) + token.substring(token.indexOf('.'))))).isEqualTo(403);
        assertThat(status(flv.replace("/" + ids[1] + "/", "/" + other[1] + "/"))).isEqualTo(403);
        assertThat(status(server.uri("/media/rtmp/" + ids[1] + "/live.flv").toString())).isEqualTo(404);
        Ffmpeg.Result rtmp = Ffmpeg.play("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/stage-" + ids[1], 2);
        assertThat(rtmp.exit()).isNotZero();
    }

    private int status(String url) throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }

    @Test
    void wrongKeysAndSecondPublishersAreRefusedRotationCutsOff() throws Exception {
        long[] ids = ticketedEventWithRtmpStage();
        String key = organizer.get("/api/v1/stages/" + ids[1]).json().at("/ingest/streamKey").asText();

        Process wrong = publish("not-a-key-" + UUID.randomUUID(), 20);
        assertThat(wrong.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)).as("ffmpeg gives up").isTrue();
        assertThat(wrong.exitValue()).isNotZero();

        Process first = publish(key, 90);
        await("the stage is live", Duration.ofSeconds(20), () -> playback(ids[1]).path("live").asBoolean());
        Process second = publish(key, 20);
        assertThat(second.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)).as("second publisher refused").isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(first.isAlive()).isTrue();

        JsonNode rotated = organizer.post("/api/v1/stages/" + ids[1] + "/stream-key", Map.of()).json();
        String newKey = rotated.at("/ingest/streamKey").asText();
        assertThat(newKey).isNotEqualTo(key).matches("[A-Za-z0-9_-]{43}");
        await("the old publisher is cut off", Duration.ofSeconds(15), () -> !first.isAlive());
        await("the stage is off air", Duration.ofSeconds(10), () -> !playback(ids[1]).path("live").asBoolean());

        Process old = publish(key, 20);
        assertThat(old.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(old.exitValue()).isNotZero();
        Process current = publish(newKey, 60);
        await("live with the new key", Duration.ofSeconds(20), () -> playback(ids[1]).path("live").asBoolean());

        assertThat(organizer.delete("/api/v1/stages/" + ids[1]).status()).isEqualTo(204);
        await("deleting the stage cuts its publisher off", Duration.ofSeconds(15), () -> !current.isAlive());
        Process orphan = publish(newKey, 20);
        assertThat(orphan.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)).as("a deleted stage's key is refused").isTrue();
        assertThat(orphan.exitValue()).isNotZero();
    }

    @Test
    void brokenPeersDoNotDisturbARunningStream() throws Exception {
        long[] ids = ticketedEventWithRtmpStage();
        String key = organizer.get("/api/v1/stages/" + ids[1]).json().at("/ingest/streamKey").asText();
        publish(key, 90);
        await("the stage is live", Duration.ofSeconds(20), () -> playback(ids[1]).path("live").asBoolean());
        String flv = source(playback(ids[1]), "http-flv");

        Random random = new Random(42);
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Socket s = new Socket("127.0.0.1", server.rtmpPort());
            OutputStream out = s.getOutputStream();
            if (i % 4 == 0) {
                out.write(3); // C0 and half a C1, then nothing: stalls mid-handshake
                out.write(new byte[700]);
                stalled.add(s);
                continue;
            }
            byte[] junk = new byte[1 + random.nextInt(20_000)];
            random.nextBytes(junk);
            if (i % 4 == 1) {
                junk[0] = 3; // a valid version, then a handshake and chunks of garbage
            }
            out.write(junk);
            out.flush();
            s.close();
        }
        // A player started now still gets a stream that decodes, and the publisher is still on air.
        Ffmpeg.Result decoded = Ffmpeg.play(flv, 4);
        assertThat(decoded.exit()).as(decoded.output()).isZero();
        assertThat(playback(ids[1]).path("live").asBoolean()).isTrue();
        for (Socket s : stalled) {
            InputStream in = s.getInputStream();
            s.setSoTimeout(30_000);
            long start = System.nanoTime();
            try {
                while (in.read(new byte[4096]) >= 0) {
                    // whatever the server answered before it gave up on this peer
                }
            } catch (java.net.SocketException reset) {
                // dropped with a reset, as the start deadline does (docs/rtmp.md, "Connection limits")
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a stalled handshake is dropped")
                    .isLessThan(Duration.ofSeconds(30));
            s.close();
        }
    }
}
