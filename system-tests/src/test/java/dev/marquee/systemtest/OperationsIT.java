package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.marquee.systemtest.Await.await;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators rely on (docs/operations.md): the named readiness and liveness checks, and the
 * application metrics at {@code /metrics} on the management listener moving with real traffic (ffmpeg
 * publishing, an HTTP-FLV player, a chat message). Counters are compared before and after, since the
 * server is shared.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class OperationsIT {

    static final List<String> METRICS = List.of(
            "marquee_rtmp_live_streams", "marquee_rtmp_players", "marquee_rtmp_sent_bytes_total",
            "marquee_rtmp_publishers_refused_total", "marquee_rtmp_viewers_dropped_total",
            "marquee_rtmp_encoder_warnings", "marquee_rtmp_encoder_warnings_raised_total",
            "marquee_chat_connections", "marquee_chat_messages_accepted_total", "marquee_chat_messages_refused_total",
            "marquee_chat_clients_dropped_total",
            "marquee_tickets_imports_total", "marquee_tickets_rows_imported_total", "marquee_tickets_rows_rejected_total",
            "marquee_mail_sent_total", "marquee_mail_failed_total", "marquee_mail_outbox_backlog");

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> publishers = new ArrayList<>();
    private MarqueeServer server;
    private Api organizer;

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @AfterEach
    void stopPublishers() {
        publishers.forEach(Process::destroyForcibly);
    }

    @Test
    void readinessAndLivenessNameTheirChecks() {
        Api anonymous = new Api(server);
        Api.Reply ready = anonymous.get("/health/ready");
        assertThat(ready.status()).as(ready.raw().body()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("UP");
        assertThat(checks(ready.json())).contains("database", "rtmp-listener");

        Api.Reply live = anonymous.get("/health/live");
        assertThat(live.status()).as(live.raw().body()).isEqualTo(200);
        assertThat(live.json().path("status").asText()).isEqualTo("UP");
        assertThat(checks(live.json())).contains("heap", "deadlocks", "scheduled-tasks");

        Api.Reply all = anonymous.get("/health");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsListEveryDocumentedName() {
        String text = metrics();
        for (String name : METRICS) {
            assertThat(text).as("metric %s in /metrics", name).containsPattern("(?m)^" + name + "\\{");
        }
        assertThat(text).contains("# TYPE marquee_rtmp_sent_bytes_total counter");
    }

    @Test
    void streamingAndChatMoveTheMetrics() throws Exception {
        long[] ids = publicEventWithRtmpStage();
        double refusedBefore = value(metrics(), "marquee_rtmp_publishers_refused_total", "reason=\"unknown_key\"");
        Ffmpeg.publish(rtmp("not-a-key"), 3, log()).waitFor();
        await("the unknown key is counted", Duration.ofSeconds(20), () ->
                value(metrics(), "marquee_rtmp_publishers_refused_total", "reason=\"unknown_key\"") > refusedBefore);

        String key = organizer.get("/api/v1/stages/" + ids[1]).json().at("/ingest/streamKey").asText();
        publishers.add(Ffmpeg.publish(rtmp(key), 90, log()));
        await("the stage is live", Duration.ofSeconds(20), () -> organizer.get("/api/v1/stages/" + ids[1] + "/playback").json().path("live").asBoolean());
        assertThat(value(metrics(), "marquee_rtmp_live_streams", "")).isGreaterThanOrEqualTo(1);

        String flv = flvSource(ids[1]);
        double bytesBefore = value(metrics(), "marquee_rtmp_sent_bytes_total", "protocol=\"http-flv\"");
        HttpResponse<InputStream> player = http.send(HttpRequest.newBuilder(URI.create(flv)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = player.body()) {
            assertThat(player.statusCode()).isEqualTo(200);
            assertThat(body.readNBytes(64 * 1024)).hasSize(64 * 1024);
            String during = metrics();
            assertThat(value(during, "marquee_rtmp_players", "protocol=\"http-flv\"")).isGreaterThanOrEqualTo(1);
            assertThat(value(during, "marquee_rtmp_sent_bytes_total", "protocol=\"http-flv\""))
                    .isGreaterThanOrEqualTo(bytesBefore + 64 * 1024);
        }
        JsonNode probe = Ffmpeg.probe(flv);
        assertThat(probe.path("streams").size()).isGreaterThanOrEqualTo(1);

        double chatBefore = value(metrics(), "marquee_chat_messages_accepted_total", "");
        try (ChatClient ada = ChatClient.guest(server, ids[1], "Ada")) {
            ada.await("chat.welcome");
            assertThat(value(metrics(), "marquee_chat_connections", "")).isGreaterThanOrEqualTo(1);
            ada.say("metrics, please");
            ada.awaitMessage("metrics, please");
        }
        assertThat(value(metrics(), "marquee_chat_messages_accepted_total", "")).isEqualTo(chatBefore + 1);
    }

    private long[] publicEventWithRtmpStage() {
        String slug = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Ops " + slug,
                "timezone", "UTC", "access", "PUBLIC")).json().get("id").asLong();
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "main", "name", "Main", "provider", "rtmp", "settings", Map.of()));
        assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
        return new long[]{eventId, stage.json().get("id").asLong()};
    }

    private String flvSource(long stageId) {
        for (JsonNode s : organizer.get("/api/v1/stages/" + stageId + "/playback").json().path("sources")) {
            if ("http-flv".equals(s.path("type").asText())) {
                String url = s.path("url").asText();
                return url.startsWith("/") ? server.uri(url).toString() : url;
            }
        }
        throw new AssertionError("no http-flv source for stage " + stageId);
    }

    private String rtmp(String key) {
        return "rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key;
    }

    private Path log() {
        return server.workDir().resolve("ffmpeg-ops-" + UUID.randomUUID() + ".log");
    }

    private String metrics() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.management("/metrics?scope=application"))
                    .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The sample of {@code name} whose labels contain {@code label}; 0 when there is none. */
    static double value(String prometheus, String name, String label) {
        for (String line : prometheus.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(label)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static List<String> checks(JsonNode health) {
        List<String> names = new ArrayList<>();
        health.path("checks").forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

}
