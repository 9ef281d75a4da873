package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP-FLV players that stop reading are dropped, and a player that reads meanwhile plays the
 * stream without a break. Its own server with a small per-player queue, and a 4 Mbps stream, so a
 * stalled player's socket buffers and queue fill within seconds.
 */
class RtmpSlowViewerIT {

    private static MarqueeServer server;
    private final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = new MarqueeServer(MarqueeServer.newWorkDir("rtmp-slow"), Map.of(
                "MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL,
                "MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MARQUEE_DEMO", "false",
                "MARQUEE_RTMP_VIEWER_QUEUE_BYTES", "524288")).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Asks for the FLV stream with a tiny receive buffer, reads the response head, then never reads again. */
    private static Socket stalledPlayer(String path) {
        try {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(4096);
            URI uri = server.uri(path);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] head = new byte[12];
            int read = socket.getInputStream().readNBytes(head, 0, head.length);
            assertThat(new String(head, 0, read, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void stalledPlayersAreDroppedWhileAnotherPlaysOn() throws Exception {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", "slow-viewers", "title", "Slow viewers",
                "timezone", "UTC", "access", "PUBLIC")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        try {
            processes.add(Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 150, "4M",
                    server.workDir().resolve("ffmpeg-publish.log")));
            String flv = awaitFlvSource(organizer, stageId);

            List<Socket> stalled = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                stalled.add(stalledPlayer(flv));
            }
            assertThat(viewers(organizer, stageId)).isEqualTo(3);

            Instant started = Instant.now();
            Ffmpeg.Result played = Ffmpeg.play(server.uri(flv).toString(), 20);
            assertThat(played.exit()).as(played.output()).isZero();
            assertThat(Duration.between(started, Instant.now())).as("read in about real time")
                    .isLessThan(Duration.ofSeconds(35));

            Instant deadline = Instant.now().plusSeconds(90);
            while (viewers(organizer, stageId) > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
            }
            assertThat(viewers(organizer, stageId)).as("stalled players dropped").isZero();
            assertThat(organizer.get("/api/v1/stages/" + stageId + "/playback").json().path("live").asBoolean())
                    .as("the publisher is still on air").isTrue();
            for (Socket s : stalled) {
                s.close();
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    private static String awaitFlvSource(Api organizer, long stageId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            JsonNode playback = organizer.get("/api/v1/stages/" + stageId + "/playback").json();
            for (JsonNode s : playback.path("sources")) {
                if ("http-flv".equals(s.path("type").asText())) {
                    return s.path("url").asText();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the stage did not go live");
    }

    private static int viewers(Api organizer, long stageId) {
        return organizer.get("/api/v1/stages/" + stageId).json().at("/stats/viewers").asInt();
    }
}
