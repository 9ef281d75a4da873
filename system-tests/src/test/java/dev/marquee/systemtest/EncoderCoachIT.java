package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The encoder coach with ffmpeg as the encoder: a 10 s GOP without audio gets the keyframe and
 * missing-audio warnings from {@code GET /api/v1/stages/{id}/ingest} soon after it starts (a keyframe
 * interval is known past the limit, before the next keyframe), the metrics count them, and the console
 * shows them with their OBS fixes in Chromium; a well configured stream (2 s GOP, AAC) gets none, with
 * its format and health measured. Only organizers read a stage's ingest.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class EncoderCoachIT {

    private final List<Process> publishers = new ArrayList<>();
    private MarqueeServer server;
    private Api organizer;
    private Browser browser;

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @AfterEach
    void stop(TestInfo test) {
        if (browser != null) {
            browser.saveEvidence("coach-" + test.getDisplayName().replaceAll("\\W", ""));
            browser.close();
        }
        publishers.forEach(Process::destroyForcibly);
    }

    @Test
    void aTenSecondGopWithoutAudioIsWarnedInTheApiTheMetricsAndTheConsole() {
        long[] ids = eventWithRtmpStage();
        assertThat(new Api(server).get(ingestPath(ids[1])).status()).isEqualTo(401);
        assertThat(ingest(ids[1]).path("live").asBoolean()).isFalse();

        Instant start = Instant.now();
        publish(ids[1], 250, false);
        JsonNode report = await("keyframe_interval and no_audio", Duration.ofSeconds(25), ids[1],
                r -> codes(r).containsAll(List.of("keyframe_interval", "no_audio")));
        Duration took = Duration.between(start, Instant.now());
        System.out.println("Encoder coach: both warnings " + took.toMillis() + " ms after ffmpeg started");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        assertThat(report.path("live").asBoolean()).isTrue();
        assertThat(report.path("audio").isNull()).isTrue();
        assertThat(report.at("/video/codec").asText()).isEqualTo("h264");
        JsonNode keyframes = warning(report, "keyframe_interval");
        assertThat(keyframes.path("fix").asText()).startsWith("Output → Keyframe Interval: 2");
        assertThat(keyframes.path("message").asText()).isNotBlank();
        assertThat(warning(report, "no_audio").path("fix").asText()).contains("-c:a aac");

        String metrics = metrics();
        assertThat(OperationsIT.value(metrics, "marquee_rtmp_encoder_warnings", "code=\"no_audio\"")).isGreaterThanOrEqualTo(1);
        assertThat(OperationsIT.value(metrics, "marquee_rtmp_encoder_warnings_raised_total", "code=\"keyframe_interval\""))
                .isGreaterThanOrEqualTo(1);

        browser = Browser.open(server);
        browser.go("/admin");
        browser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        browser.find(By.linkText("New event"));
        browser.go("/admin#/events/" + ids[0] + "/stages");
        browser.click(By.xpath("//button[normalize-space(.)='Edit']"));
        browser.waitUntil(d -> {
            String text = d.findElement(By.id("ingest-warnings")).getText();
            return text.contains("Fix: Output → Keyframe Interval: 2") && text.contains("No audio has arrived")
                    ? Boolean.TRUE : null;
        });
        browser.script("document.getElementById('stream-stats').scrollIntoView({block: 'start'})");
        browser.screenshot("70-encoder-coach");
    }

    @Test
    void aWellConfiguredStreamHasNoWarningsAndItsHealthIsMeasured() {
        long[] ids = eventWithRtmpStage();
        publish(ids[1], 50, true);
        JsonNode report = await("a measured stream with health samples", Duration.ofSeconds(30), ids[1],
                r -> r.path("history").size() >= 2 && !r.path("audio").isNull() && !r.path("video").isNull());
        // past the bitrate rule's window, and every other rule's
        report = await("twelve seconds of stream", Duration.ofSeconds(30), ids[1],
                r -> r.path("history").size() >= 3);
        assertThat(report.path("warnings")).as(report.toString()).isEmpty();
        assertThat(report.at("/video/codec").asText()).isEqualTo("h264");
        assertThat(report.at("/video/width").asInt()).isEqualTo(Ffmpeg.WIDTH);
        assertThat(report.at("/video/height").asInt()).isEqualTo(Ffmpeg.HEIGHT);
        assertThat(report.at("/video/fps").asDouble()).isBetween(20.0, 30.0);
        assertThat(report.at("/video/keyframeInterval").asDouble()).isBetween(1.9, 2.1);
        assertThat(report.at("/video/bFrames").asBoolean()).isFalse();
        assertThat(report.at("/audio/codec").asText()).isEqualTo("aac");
        assertThat(report.at("/audio/sampleRate").asInt()).isEqualTo(44_100);
        assertThat(report.path("bitrate").asLong()).isBetween(500_000L, 1_500_000L);
        JsonNode sample = report.path("history").get(report.path("history").size() - 1);
        assertThat(sample.path("fps").asDouble()).isBetween(20.0, 30.0);
        assertThat(sample.path("bitrate").asLong()).isPositive();
        assertThat(sample.path("dropped").asLong()).isZero();
        assertThat(sample.path("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    private long[] eventWithRtmpStage() {
        String slug = "coach-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Coach " + slug,
                "timezone", "UTC", "access", "TICKETED")).json().get("id").asLong();
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "main", "name", "Main", "provider", "rtmp", "settings", Map.of()));
        assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
        return new long[]{eventId, stage.json().get("id").asLong()};
    }

    private void publish(long stageId, int gopFrames, boolean audio) {
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        publishers.add(Ffmpeg.publishWithGop("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 90, gopFrames,
                audio, server.workDir().resolve("ffmpeg-coach-" + UUID.randomUUID() + ".log")));
    }

    private static String ingestPath(long stageId) {
        return "/api/v1/stages/" + stageId + "/ingest";
    }

    private JsonNode ingest(long stageId) {
        Api.Reply r = organizer.get(ingestPath(stageId));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.path("warnings").forEach(w -> codes.add(w.path("code").asText()));
        return codes;
    }

    private static JsonNode warning(JsonNode report, String code) {
        for (JsonNode w : report.path("warnings")) {
            if (code.equals(w.path("code").asText())) {
                return w;
            }
        }
        throw new AssertionError("no " + code + " warning in " + report);
    }

    private JsonNode await(String what, Duration limit, long stageId, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(limit);
        JsonNode report = ingest(stageId);
        while (!condition.test(report)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what + "; last report: " + report);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            report = ingest(stageId);
        }
        return report;
    }

    private String metrics() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.management("/metrics?scope=application")).header("Accept", "text/plain").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
