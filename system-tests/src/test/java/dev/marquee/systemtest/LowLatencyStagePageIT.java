package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage page plays an rtmp stage as low-latency HLS in headless Chromium (hls.js) and stays within
 * 3 s of the camera for 60 s: a {@link StampedCamera} stamps every frame with the wall clock as it is
 * made, the page reads the stamp of every frame it shows (bench/latency/barcode.js), and the test
 * compares the two on one clock. The page also says how far behind live it plays.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class LowLatencyStagePageIT {

    private static final int WARM_UP_SECONDS = 10;
    private static final int MEASURE_SECONDS = 60;

    private Browser browser;
    private StampedCamera camera;

    @AfterEach
    void close(TestInfo test) {
        if (browser != null) {
            browser.saveEvidence("ll-hls-" + test.getDisplayName().replaceAll("\\W", ""));
            browser.close();
        }
        if (camera != null) {
            camera.close();
        }
    }

    @Test
    void theStagePlaysLowLatencyHlsWithin3SecondsOfTheCameraFor60Seconds(MarqueeServer server) throws IOException {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = "ll-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Low latency",
                "timezone", "UTC", "access", "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "studio",
                "name", "Studio", "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();

        browser = Browser.open(server);
        browser.go("/admin");
        browser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        browser.find(By.linkText("New event"));
        camera = StampedCamera.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key,
                server.workDir().resolve("ffmpeg-ll-hls.log"));
        browser.go("/e/" + slug + "/studio");
        browser.find(By.cssSelector(".player video"));
        browser.waitUntil(d -> "ll-hls".equals(browser.script(
                "const s = document.querySelector('.player-bar select'); return s ? s.value : null;")) ? Boolean.TRUE : null);

        browser.script(Files.readString(Path.of("../bench/latency/barcode.js")) + SAMPLER,
                WARM_UP_SECONDS, MEASURE_SECONDS);
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return window.latencyDone === true;")) ? Boolean.TRUE : null,
                java.time.Duration.ofSeconds(WARM_UP_SECONDS + MEASURE_SECONDS + 30));
        @SuppressWarnings("unchecked")
        List<Number> latencies = (List<Number>) browser.script("return window.latencies;");
        long unreadable = ((Number) browser.script("return window.unreadable;")).longValue();
        browser.screenshot("17-ll-hls-stage");

        List<Long> sorted = latencies.stream().map(Number::longValue).sorted().toList();
        assertThat(sorted.size()).as("frames read in %d s (%d unreadable)", MEASURE_SECONDS, unreadable)
                .isGreaterThan(MEASURE_SECONDS * 20);
        long p50 = sorted.get(sorted.size() / 2);
        long max = sorted.get(sorted.size() - 1);
        System.out.printf("LL-HLS in Chromium, camera to screen: p50 %d ms, p95 %d ms, max %d ms over %d frames%n",
                p50, sorted.get(sorted.size() * 95 / 100), max, sorted.size());
        assertThat(max).as("the most any shown frame was behind its camera, in ms (p50 %d)", p50).isLessThanOrEqualTo(3000);
        assertThat(browser.find(By.cssSelector(".player-bar .latency")).getText()).matches("Live|\\d+\\.\\d s behind live");
    }

    /** Runs in the page: for every frame shown after the warm-up, the stamp read against the clock. */
    private static final String SAMPLER = """
            ;(function (warmup, measure) {
              const video = document.querySelector('.player video');
              const canvas = document.createElement('canvas');
              canvas.width = 576; canvas.height = 40;
              const ctx = canvas.getContext('2d', { willReadFrequently: true });
              window.latencies = []; window.unreadable = 0; window.latencyDone = false;
              const begin = performance.now();
              const onFrame = (now, meta) => {
                const elapsed = (now - begin) / 1000;
                if (elapsed > warmup) {
                  const scale = video.videoWidth / 640;
                  ctx.drawImage(video, 0, 0, 576 * scale, 40 * scale, 0, 0, 576, 40);
                  const pixels = ctx.getImageData(0, 0, 576, 40).data;
                  const stamp = readStamp((x, y) => pixels[(Math.floor(y) * 576 + Math.floor(x)) * 4]);
                  const shown = performance.timeOrigin + (meta.expectedDisplayTime || now);
                  if (stamp === null || Math.abs(shown - stamp) > 60000) window.unreadable++;
                  else window.latencies.push(Math.round(shown - stamp));
                }
                if (elapsed < warmup + measure) video.requestVideoFrameCallback(onFrame);
                else window.latencyDone = true;
              };
              video.requestVideoFrameCallback(onFrame);
            })(arguments[0], arguments[1]);
            """;
}
