package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Recording into the S3-compatible store, through the WAR: a local moto_server (a real S3 API
 * implementation) holds the bucket; a published stream's segments land there as objects, the replay is
 * served from them, and deleting the recording deletes them. The store's secret never reaches the log.
 */
class RecordingToS3IT {

    private static final String EMAIL = "s3-organizer@marquee.test";
    private static final String PASSWORD = "s3-organizer-password";
    private static final String SECRET = "s3-secret-not-for-logs-4711";
    private static final String BUCKET = "marquee-recordings";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Process moto;
    private static int motoPort;
    private static MarqueeServer server;

    @BeforeAll
    static void start() throws Exception {
        motoPort = MarqueeServer.freeTcpPort();
        Path log = MarqueeServer.newWorkDir("moto").resolve("moto.log");
        moto = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(motoPort))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(s3("/" + BUCKET))
                        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
                break;
            } catch (ConnectException e) {
                assertThat(Instant.now()).as("moto_server answers").isBefore(deadline);
                MarqueeServer.sleep(200);
            }
        }
        server = new MarqueeServer(MarqueeServer.newWorkDir("recording-s3"), Map.ofEntries(
                Map.entry("MARQUEE_ADMIN_EMAIL", EMAIL), Map.entry("MARQUEE_ADMIN_PASSWORD", PASSWORD),
                Map.entry("MARQUEE_DEMO", "false"), Map.entry("MARQUEE_RECORDINGS_STORE", "s3"),
                Map.entry("MARQUEE_RECORDINGS_S3_ENDPOINT", "http://127.0.0.1:" + motoPort),
                Map.entry("MARQUEE_RECORDINGS_S3_BUCKET", BUCKET), Map.entry("MARQUEE_RECORDINGS_S3_PATH_STYLE", "true"),
                Map.entry("MARQUEE_RECORDINGS_S3_ACCESS_KEY_ID", "marquee"),
                Map.entry("MARQUEE_RECORDINGS_S3_SECRET_ACCESS_KEY", SECRET),
                Map.entry("MARQUEE_OUTBOUND_ALLOW", "127.0.0.1"))).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (moto != null) {
            moto.destroy();
        }
    }

    private static URI s3(String path) {
        return URI.create("http://127.0.0.1:" + motoPort + path);
    }

    private static String listing() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(s3("/" + BUCKET + "?list-type=2")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aStreamIsRecordedIntoTheBucketAndItsReplayServedFromIt() throws Exception {
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        long eventId = organizer.post("/api/v1/events", EventsApiContract.event("rec-s3", "PUBLIC")).json()
                .get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        Process publisher = Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 12,
                server.workDir().resolve("ffmpeg-s3.log"));
        publisher.waitFor();

        JsonNode done = RecordingReplayIT.awaitStatus(organizer, stageId, "complete", Instant.now().plusSeconds(30));
        long id = done.path("id").asLong();
        assertThat(done.path("durationSeconds").asDouble()).isCloseTo(12, within(3.0));
        String objects = listing();
        assertThat(objects).contains("<Key>" + id + "/init-0.mp4</Key>").contains("<Key>" + id + "/0.m4s</Key>");

        JsonNode replay = organizer.get("/api/v1/recordings/" + id + "/replay").json();
        String playlist = server.uri(replay.at("/sources/0/url").asText()).toString();
        assertThat(RecordingReplayIT.duration(playlist)).as("the replay, read from the bucket")
                .isCloseTo(done.path("durationSeconds").asDouble(), within(2.5));
        Ffmpeg.Result play = Ffmpeg.play(playlist, 4);
        assertThat(play.exit()).as(play.output()).isZero();

        assertThat(organizer.delete("/api/v1/recordings/" + id).status()).isEqualTo(204);
        assertThat(listing()).doesNotContain("<Key>" + id + "/");
        assertThat(server.log()).doesNotContain(SECRET);
    }
}
