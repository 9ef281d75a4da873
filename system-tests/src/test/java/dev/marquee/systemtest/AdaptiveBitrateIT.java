package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adaptive bitrate against the assembled WAR: an rtmp stage gets a two-rendition ladder (270p and 180p,
 * ultrafast, small so two cores keep up), its CPU estimated first; ffmpeg publishes 640x360; the LL-HLS and
 * HLS multivariant playlists list the source and both renditions, and ffprobe reads each rendition at its
 * height over LL-HLS and HTTP-FLV. The transcoder's ffmpeg (a child of the server) is killed with SIGKILL: it is
 * started again, its renditions come back, and the source plays on through it without an error. When the
 * publisher stops, so does the transcoder. A made-up internal key is refused like any unknown key.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class AdaptiveBitrateIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process publisher;

    @AfterEach
    void stop() {
        if (publisher != null) {
            publisher.destroyForcibly();
        }
    }

    @Test
    void aLadderIsListedPlayedAndSurvivesItsFfmpegBeingKilled(MarqueeServer server) throws Exception {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = "abr-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "ABR " + slug, "timezone", "UTC",
                "access", "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        String transcode = "/api/v1/stages/" + stageId + "/transcode";

        JsonNode off = organizer.get(transcode).json();
        assertThat(off.path("enabled").asBoolean()).isFalse();
        assertThat(off.at("/ffmpeg/available").asBoolean()).as(off.toString()).isTrue();
        Api.Reply bad = organizer.put(transcode, Map.of("enabled", true, "renditions",
                List.of(Map.of("name", "../x", "height", 271, "videoKbps", 300, "audioKbps", 64))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().toString()).contains("renditions[0].name").contains("renditions[0].height");

        Map<String, Object> ladder = Map.of("enabled", true, "preset", "ultrafast", "renditions", List.of(
                Map.of("name", "270p", "height", 270, "videoKbps", 500, "audioKbps", 64),
                Map.of("name", "180p", "height", 180, "videoKbps", 250, "audioKbps", 48)));
        JsonNode estimate = organizer.post(transcode + "/estimate", ladder).json();
        assertThat(estimate.at("/renditions/0/name").asText()).as(estimate.toString()).isEqualTo("270p");
        assertThat(estimate.at("/renditions/0/cpuPercent").asDouble()).isPositive();
        assertThat(estimate.path("decodePercent").asDouble()).isPositive();

        JsonNode on = organizer.put(transcode, ladder).json();
        assertThat(on.path("enabled").asBoolean()).as(on.toString()).isTrue();
        assertThat(on.at("/status/state").asText()).isEqualTo("idle");

        Path log = server.workDir().resolve("ffmpeg-abr-" + UUID.randomUUID() + ".log");
        // 300 s, stopped by the test when it is done: under CI load the steps before the viewer switches quality
        // have taken over 90 s, and a stream that ended there left nothing at 180 lines to show.
        publisher = Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 300, log);
        JsonNode running = await(organizer, transcode, t -> t.at("/renditions/0/live").asBoolean()
                && t.at("/renditions/1/live").asBoolean(), 30);
        assertThat(running.at("/status/state").asText()).isEqualTo("running");
        long firstPid = transcoderPid(server).orElseThrow(() -> new AssertionError("no ffmpeg child of the server"));

        JsonNode playback = organizer.get("/api/v1/stages/" + stageId + "/playback").json();
        String llhls = server.uri(source(playback, "ll-hls").path("url").asText()).toString();
        String base = llhls.substring(0, llhls.length() - "ll.m3u8".length());
        String variants = awaitBody(llhls, text -> text.contains("180p/ll-media.m3u8") && text.contains("270p/ll-media.m3u8"), 20);
        assertThat(variants).contains("RESOLUTION=640x360\nll-media.m3u8").contains("RESOLUTION=480x270\n270p/ll-media.m3u8")
                .contains("RESOLUTION=320x180\n180p/ll-media.m3u8");
        String hls = server.uri(source(playback, "hls").path("url").asText()).toString();
        assertThat(hls).endsWith("/variants.m3u8");
        assertThat(awaitBody(hls, text -> text.contains("270p/index.m3u8") && text.contains("180p/index.m3u8"), 20))
                .contains("\nindex.m3u8\n");

        assertThat(Ffmpeg.probe(base + "270p/ll-media.m3u8").path("streams").toString())
                .contains("\"codec_name\":\"h264\"").contains("\"height\":270").contains("\"codec_name\":\"aac\"");
        String flv180 = server.uri(source(playback, "http-flv").at("/renditions/180p").asText()).toString();
        assertThat(flv180).endsWith("/180p/live.flv");
        assertThat(Ffmpeg.probe(flv180).path("streams").toString()).contains("\"height\":180");

        viewerChoosesAQuality(server, slug, publisher);

        // The transcoder's ffmpeg dies: the source plays on, ffmpeg is started again, the renditions come back.
        String sourceFlv = server.uri(source(playback, "http-flv").path("url").asText()).toString();
        CompletableFuture<Ffmpeg.Result> watching = CompletableFuture.supplyAsync(() -> Ffmpeg.play(sourceFlv, 8));
        MarqueeServer.sleep(1_500);
        ProcessHandle.of(firstPid).ifPresent(ProcessHandle::destroyForcibly);
        JsonNode back = await(organizer, transcode, t -> t.at("/status/restarts").asInt() >= 1
                && t.at("/status/state").asText().equals("running") && t.at("/renditions/0/live").asBoolean()
                && t.at("/renditions/1/live").asBoolean(), 30);
        assertThat(back.at("/status/lastError").asText()).contains("exited with code");
        long secondPid = transcoderPid(server).orElseThrow(() -> new AssertionError("ffmpeg was not started again"));
        assertThat(secondPid).isNotEqualTo(firstPid);
        Ffmpeg.Result played = watching.get();
        assertThat(played.exit()).as(played.output()).isZero();
        assertThat(played.output()).as("the source played on without errors").isBlank();
        assertThat(awaitBody(llhls, text -> text.contains("180p/ll-media.m3u8") && text.contains("270p/ll-media.m3u8"), 20))
                .contains("ll-media.m3u8");
        assertThat(Ffmpeg.probe(base + "180p/ll-media.m3u8").path("streams").toString()).contains("\"height\":180");

        // A made-up internal key is refused; the real ones never show in the log.
        Ffmpeg.Result guessed = Ffmpeg.run(List.of("ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-re", "-f", "lavfi",
                "-i", "testsrc2=size=320x180:rate=10", "-t", "3", "-c:v", "libx264", "-preset", "ultrafast", "-f", "flv",
                "rtmp://127.0.0.1:" + server.rtmpPort() + "/live/abr-" + "A".repeat(43)), 20);
        assertThat(guessed.exit()).as(guessed.output()).isNotZero();
        assertThat(server.log()).doesNotContainPattern("abr-[A-Za-z0-9_-]{43}");

        publisher.destroy();
        await(organizer, transcode, t -> t.at("/status/state").asText().equals("idle"), 20);
        Instant deadline = Instant.now().plusSeconds(10);
        while (transcoderPid(server).isPresent() && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(200);
        }
        assertThat(transcoderPid(server)).as("ffmpeg ended with the stream").isEmpty();
    }

    /**
     * In Chromium the stage page plays the LL-HLS multivariant playlist and offers its levels: Auto, the
     * source and both renditions; choosing 180p plays a 180-line picture.
     */
    private static void viewerChoosesAQuality(MarqueeServer server, String slug, Process publisher) {
        try (Browser browser = Browser.openWatchingNetwork(server)) {
            browser.go("/admin");
            browser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                    .click(By.cssSelector("button[type=submit]"));
            browser.find(By.linkText("New event"));
            browser.go("/e/" + slug + "/main");
            try {
                browser.waitUntil(d -> "Auto,360p,270p,180p".equals(browser.script("const s = document.querySelector("
                        + "'.player-bar .quality-choice select'); return s ? [...s.options].map(o => o.text).join() : null;"))
                        ? Boolean.TRUE : null, Duration.ofSeconds(30));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no quality menu: " + browser.script(
                        "const b = document.querySelector('.player-frame'); return b ? b.outerHTML : document.body.innerText;"), e);
            }
            browser.screenshot("abr-quality-menu");
            String lowest = (String) browser.script("return [...document.querySelector('.player-bar .quality-choice select')"
                    + ".options].find(o => o.text === '180p').value;");
            browser.setValue(By.cssSelector(".player-bar .quality-choice select"), lowest);
            // 60 s: on two cores busy with the transcoder, Chromium and the server, hls.js once took over 30 s
            // to bring the chosen level on screen in CI (alone the same test switches within seconds).
            try {
                browser.waitUntil(d -> Long.valueOf(180).equals(browser.script(
                        "const v = document.querySelector('.player video'); return v ? v.videoHeight : null;"))
                        ? Boolean.TRUE : null, Duration.ofSeconds(60));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.saveEvidence("abr-no-180p");
                throw new AssertionError("no 180-line picture (publisher " + (publisher.isAlive() ? "running" : "ended")
                        + "): " + browser.script("const v = document.querySelector('.player video'); return v ? "
                        + "JSON.stringify({height: v.videoHeight, time: v.currentTime, paused: v.paused, ready: v.readyState, "
                        + "buffered: [...Array(v.buffered.length).keys()].map(i => [v.buffered.start(i), v.buffered.end(i)]), "
                        + "error: v.error && v.error.message, choice: document.querySelector('.player-bar .quality-choice select').value, "
                        + "playback: document.querySelector('.player-bar .latency-choice select')?.value, "
                        + "frame: document.querySelector('.player-frame').innerText})"
                        + " : document.body.innerText;"), e);
            }
        }
    }

    private static JsonNode source(JsonNode playback, String type) {
        for (JsonNode s : playback.path("sources")) {
            if (s.path("type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type + " source in " + playback);
    }

    /** The transcoder: an ffmpeg child of the server reading its standard input. */
    private static Optional<Long> transcoderPid(MarqueeServer server) {
        return ProcessHandle.of(server.pid()).orElseThrow().descendants()
                .filter(h -> h.info().commandLine().map(c -> c.contains("ffmpeg") && c.contains("pipe:0")).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    private static JsonNode await(Api organizer, String path, Predicate<JsonNode> wanted, int seconds) {
        Instant deadline = Instant.now().plusSeconds(seconds);
        JsonNode now = organizer.get(path).json();
        while (!wanted.test(now) && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(250);
            now = organizer.get(path).json();
        }
        assertThat(wanted.test(now)).as("%s: %s", path, now).isTrue();
        return now;
    }

    private String awaitBody(String url, Predicate<String> wanted, int seconds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(seconds);
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            body = r.body();
            if (r.statusCode() == 200 && wanted.test(body)) {
                return body;
            }
            MarqueeServer.sleep(250);
        }
        throw new AssertionError(url + " never listed what was expected: " + body);
    }
}
