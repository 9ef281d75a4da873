package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A recording survives its server's SIGKILL up to the last stored segment, and a full disk stops the
 * recording cleanly while the live stream goes on. The server's recordings directory is a 6 MB tmpfs
 * (the tests run as root, as ./test.sh does).
 */
class RecordingCrashIT {

    private static final String EMAIL = "recording-organizer@marquee.test";
    private static final String PASSWORD = "recording-organizer-password";
    private static Path disk;
    private static MarqueeServer server;

    @BeforeAll
    static void start() throws Exception {
        disk = Files.createTempDirectory("marquee-recordings-disk");
        Ffmpeg.Result mount = Ffmpeg.run(List.of("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", disk.toString()), 20);
        assertThat(mount.exit()).as("mounting a 6 MB tmpfs (run as root): " + mount.output()).isZero();
        server = new MarqueeServer(MarqueeServer.newWorkDir("recording-crash"), Map.of(
                "MARQUEE_ADMIN_EMAIL", EMAIL, "MARQUEE_ADMIN_PASSWORD", PASSWORD, "MARQUEE_DEMO", "false",
                "MARQUEE_RECORDINGS_DIR", disk.toString(), "MARQUEE_RECORDINGS_SWEEP_INTERVAL", "PT2S")).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        Ffmpeg.run(List.of("umount", disk.toString()), 20);
    }

    @Test
    void aKilledServerKeepsTheRecordingUpToTheKillAndAFullDiskStopsOnlyTheRecording() throws Exception {
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        long eventId = organizer.post("/api/v1/events", EventsApiContract.event("rec-crash", "PUBLIC")).json()
                .get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        String ingest = "rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key;

        Process publisher = Ffmpeg.publish(ingest, 40, server.workDir().resolve("ffmpeg-kill.log"));
        JsonNode live = RecordingReplayIT.awaitStatus(organizer, stageId, "recording", Instant.now().plusSeconds(20));
        long recordingId = live.path("id").asLong();
        MarqueeServer.sleep(12_000);
        double before = organizer.get("/api/v1/stages/" + stageId + "/recordings").json().get(0)
                .path("durationSeconds").asDouble();
        server.kill();
        publisher.destroyForcibly().waitFor();
        server.start();
        organizer = new Api(server).login(EMAIL, PASSWORD);

        JsonNode closed = RecordingReplayIT.awaitStatus(organizer, stageId, "complete", Instant.now().plusSeconds(60));
        assertThat(closed.path("id").asLong()).isEqualTo(recordingId);
        assertThat(closed.path("durationSeconds").asDouble()).as("everything stored before the kill")
                .isGreaterThanOrEqualTo(before).isCloseTo(12, within(4.0));
        JsonNode replay = organizer.get("/api/v1/recordings/" + recordingId + "/replay").json();
        String playlist = server.uri(replay.at("/sources/0/url").asText()).toString();
        assertThat(RecordingReplayIT.duration(playlist)).as("the recording up to the kill plays")
                .isCloseTo(closed.path("durationSeconds").asDouble(), within(2.5));
        Ffmpeg.Result play = Ffmpeg.play(playlist, 5);
        assertThat(play.exit()).as(play.output()).isZero();

        // 4 Mbit/s fills the 6 MB disk in about 12 s: the recording fails, the stream stays live.
        publisher = Ffmpeg.publish(ingest, 40, "4M", server.workDir().resolve("ffmpeg-full.log"));
        try {
            JsonNode failed = RecordingReplayIT.awaitStatus(organizer, stageId, "failed", Instant.now().plusSeconds(40));
            assertThat(failed.path("error").asText()).contains("Writing to the recording store failed");
            assertThat(organizer.get("/api/v1/stages/" + stageId + "/playback").json().path("live").asBoolean())
                    .as("the stream is still live after the recording failed").isTrue();
            String flv = server.uri(organizer.get("/api/v1/stages/" + stageId + "/playback").json().path("sources")
                    .findValues("url").stream().map(JsonNode::asText).filter(u -> u.endsWith(".flv")).findFirst()
                    .orElseThrow()).toString();
            Ffmpeg.Result watch = Ffmpeg.play(flv, 3);
            assertThat(watch.exit()).as("viewers still watch: " + watch.output()).isZero();
        } finally {
            publisher.destroyForcibly();
        }
        assertThat(server.log()).doesNotContain(key);
    }
}
