package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
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
 * A session's replay on the stage page in headless Chromium (hls.js): a {@link StampedCamera} stamps
 * every frame with the wall clock as it is made, so the page can tell which moment of the stream it
 * shows. The chat message sent during the session appears when the video reaches it (in replay time and
 * in what the picture shows), a seek shows its first frame within a second and at the right moment,
 * and seeking back hides the message again. A PUBLIC event: the guest watches without signing in.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class ReplayStagePageIT {

    private static final String MESSAGE = "a question at ten seconds";
    private Browser browser;
    private StampedCamera camera;

    @AfterEach
    void close(TestInfo test) {
        if (browser != null) {
            browser.saveEvidence("replay-" + test.getDisplayName().replaceAll("\\W", ""));
            browser.close();
        }
        if (camera != null) {
            camera.close();
        }
    }

    @Test
    void theReplayPlaysWithItsChatInSyncAndSeeksQuickly(MarqueeServer server) throws IOException {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Replays", "timezone", "UTC",
                "access", "PUBLIC")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        Instant start = Instant.now().plusSeconds(3);
        long sessionId = organizer.post("/api/v1/stages/" + stageId + "/sessions", Map.of("title", "The talk",
                "speakers", List.of("Ada"), "startsAt", start.toString(), "endsAt", start.plusSeconds(30).toString()))
                .json().at("/session/id").asLong();

        camera = StampedCamera.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key,
                server.workDir().resolve("ffmpeg-replay.log"));
        MarqueeServer.sleep(start.plusSeconds(10).toEpochMilli() - System.currentTimeMillis());
        try (ChatClient guest = ChatClient.guest(server, stageId, "Grace")) {
            guest.say(MESSAGE);
            guest.awaitMessage(MESSAGE);
        }
        MarqueeServer.sleep(start.plusSeconds(33).toEpochMilli() - System.currentTimeMillis());
        camera.close();
        camera = null;
        JsonNode replay = RecordingReplayIT.awaitReplay(new Api(server), sessionId, Instant.now().plusSeconds(30));
        long from = Instant.parse(replay.path("from").asText()).toEpochMilli();
        JsonNode message = new Api(server).get(replay.path("chat").asText()).json().path("messages").get(0);
        long sentAt = Instant.parse(message.path("sentAt").asText()).toEpochMilli();
        assertThat(message.path("text").asText()).isEqualTo(MESSAGE);

        browser = Browser.open(server);
        browser.go("/e/" + slug);
        browser.click(By.linkText("Watch replay"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/e/" + slug + "/main?replay=" + sessionId) ? Boolean.TRUE : null);
        browser.find(By.cssSelector(".player video"));
        assertThat(browser.find(By.id("stage-title")).getText()).isEqualTo("Replay: The talk");
        browser.script(Files.readString(Path.of("../bench/latency/barcode.js")) + PROBE);
        browser.waitUntil(d -> browser.script("return window.replayProbe.chatShown;") != null ? Boolean.TRUE : null,
                Duration.ofSeconds(40));
        @SuppressWarnings("unchecked")
        Map<String, Number> shown = (Map<String, Number>) browser.script("return window.replayProbe.chatShown;");
        double expectedSeconds = (sentAt - from) / 1000.0;
        System.out.printf("Replay chat: shown at replay time %.3f s (sent at %.3f s), picture stamped %d ms from the message%n",
                shown.get("time").doubleValue(), expectedSeconds, shown.get("stamp").longValue() - sentAt);
        assertThat(shown.get("time").doubleValue()).as("replay time when the message appeared")
                .isCloseTo(expectedSeconds, within(0.25));
        // The picture is behind the message by the publisher's encoding and sending delay (about 0.4 s here):
        // a segment's wall clock is when its first frame reached the server, not when the camera made it.
        assertThat((double) shown.get("stamp").longValue()).as("what the picture showed when the message appeared")
                .isCloseTo(sentAt, within(1000.0));
        browser.screenshot("18-replay-with-chat");

        browser.script("window.replayProbe.seek(arguments[0]);", 22.0);
        browser.waitUntil(d -> browser.script("return window.replayProbe.seeked;") != null ? Boolean.TRUE : null,
                Duration.ofSeconds(20));
        @SuppressWarnings("unchecked")
        Map<String, Number> seeked = (Map<String, Number>) browser.script("return window.replayProbe.seeked;");
        System.out.printf("Replay seek to 22 s: first frame after %d ms, stamped %d ms from where it should be%n",
                seeked.get("millis").longValue(), seeked.get("stamp").longValue() - (from + 22_000));
        assertThat(seeked.get("millis").longValue()).as("first frame after a seek, ms").isLessThanOrEqualTo(1000);
        assertThat((double) seeked.get("stamp").longValue()).as("the moment the seek lands on")
                .isCloseTo(from + 22_000, within(1000.0));

        browser.script("window.replayProbe.seek(arguments[0]);", 2.0);
        browser.waitUntil(d -> Long.valueOf(0).equals(browser.script(
                "return document.querySelectorAll('.chat-log li').length;")) ? Boolean.TRUE : null);
        browser.close();

        // The organizer trims the replay in the console's Recordings tab and unpublishes it.
        browser = Console.signedIn(server);
        browser.go("/admin#/events/" + eventId + "/recordings");
        browser.driver().navigate().refresh();
        browser.waitForText("Complete");
        browser.click(By.cssSelector("button[aria-label='Trim and publish the replay of The talk']"));
        browser.type(By.cssSelector("input[id$='-start']"), "4");
        browser.click(By.cssSelector("form input[name=published]"));
        browser.click(By.xpath("//button[normalize-space()='Save replay']"));
        browser.waitForText("Saved. The replay covers");
        JsonNode cut = organizer.get("/api/v1/sessions/" + sessionId + "/replay").json();
        assertThat(cut.path("startOffsetSeconds").asInt()).isEqualTo(4);
        assertThat(cut.path("published").asBoolean()).isFalse();
        assertThat(new Api(server).get("/api/v1/sessions/" + sessionId + "/replay").status())
                .as("an unpublished replay, for a guest").isEqualTo(404);
        browser.screenshot("19-console-recordings");
    }

    /** Runs in the page: notes when the chat message appears and what frame is shown then; seeks and times the first frame. */
    private static final String PROBE = """
            ;(function () {
              const video = document.querySelector('.player video');
              const canvas = document.createElement('canvas');
              canvas.width = 576; canvas.height = 40;
              const ctx = canvas.getContext('2d', { willReadFrequently: true });
              const stampNow = () => {
                const scale = video.videoWidth / 640;
                ctx.drawImage(video, 0, 0, 576 * scale, 40 * scale, 0, 0, 576, 40);
                const pixels = ctx.getImageData(0, 0, 576, 40).data;
                return readStamp((x, y) => pixels[(Math.floor(y) * 576 + Math.floor(x)) * 4]);
              };
              const probe = window.replayProbe = { chatShown: null, seeked: null };
              const log = () => document.querySelector('.chat-log');
              const watch = () => {
                if (!log()) { setTimeout(watch, 50); return; }
                new MutationObserver(() => {
                  if (probe.chatShown === null && log().querySelector('li')) {
                    probe.chatShown = { time: video.currentTime, stamp: stampNow() };
                  }
                }).observe(log(), { childList: true, subtree: true });
              };
              watch();
              video.muted = true;
              if (video.paused) video.play().catch(() => {});
              probe.seek = (seconds) => {
                probe.seeked = null;
                const began = performance.now();
                const onFrame = () => { probe.seeked = { millis: Math.round(performance.now() - began), stamp: stampNow() }; };
                video.addEventListener('seeked', () => video.requestVideoFrameCallback(onFrame), { once: true });
                video.currentTime = seconds;
                if (video.paused) video.play().catch(() => {});
              };
            })();
            """;
}
