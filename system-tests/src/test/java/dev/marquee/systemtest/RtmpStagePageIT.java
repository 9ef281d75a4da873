package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.Map;
import java.util.UUID;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in viewer has an rtmp stage open in headless Chromium before the show starts; ffmpeg
 * starts publishing with the stage's key and the page's player starts by itself and plays
 * (HTTP-FLV through mpegts.js): the video's time advances. The console shows the ingest and live
 * statistics.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class RtmpStagePageIT {

    private Browser browser;
    private Process publisher;

    @AfterEach
    void close(TestInfo test) {
        if (browser != null) {
            browser.saveEvidence("rtmp-" + test.getDisplayName().replaceAll("\\W", ""));
            browser.close();
        }
        if (publisher != null) {
            publisher.destroyForcibly();
        }
    }

    @Test
    void theStagePageStartsPlayingWhenTheStreamStarts(MarqueeServer server) {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = "show-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Late Night Show",
                "timezone", "UTC", "access", "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "studio",
                "name", "Studio", "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();

        browser = Browser.open(server);
        browser.go("/admin");
        browser.type(By.id("email"), ADMIN_EMAIL).type(By.id("password"), ADMIN_PASSWORD)
                .click(By.cssSelector("button[type=submit]"));
        browser.find(By.linkText("New event"));
        browser.go("/e/" + slug + "/studio");
        browser.waitForText("Studio");

        publisher = Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 90,
                server.workDir().resolve("ffmpeg-page.log"));
        browser.find(By.cssSelector(".player video"));
        double start = playedSeconds(browser, 0.5);
        double later = playedSeconds(browser, start + 2);
        assertThat(later).isGreaterThan(start + 2);
        browser.screenshot("13-rtmp-stage-playing");

        // The console: the ingest as OBS asks for it, the live stats, and a new key that cuts the publisher off.
        browser.go("/admin#/events/" + eventId + "/stages");
        browser.click(By.xpath("//button[normalize-space(.)='Edit']"));
        assertThat(browser.find(By.id("ingest-url")).getText()).isEqualTo("rtmp://localhost:" + server.rtmpPort() + "/live");
        assertThat(browser.find(By.id("stream-key")).getText()).doesNotContain(key);
        browser.click(By.xpath("//button[normalize-space(.)='Show']"));
        assertThat(browser.find(By.id("stream-key")).getText()).isEqualTo(key);
        browser.waitUntil(d -> d.findElement(By.id("stream-stats")).getText().contains("640x360") ? Boolean.TRUE : null);
        browser.click(By.xpath("//button[normalize-space(.)='Hide']"));
        browser.script("document.getElementById('rtmp-ingest').scrollIntoView({block: 'start'})");
        browser.screenshot("16-rtmp-console");
        browser.click(By.xpath("//button[normalize-space(.)='New stream key']"));
        browser.click(By.xpath("//dialog//button[normalize-space(.)='Make a new key']"));
        browser.waitUntil(d -> !d.findElement(By.id("stream-key")).getText().equals(key) ? Boolean.TRUE : null);
        browser.waitUntil(d -> publisher.isAlive() ? null : Boolean.TRUE);
    }

    /** Waits until the page's video has played past {@code atLeast} seconds; returns its time. */
    private static double playedSeconds(Browser browser, double atLeast) {
        return browser.waitUntil(d -> {
            Object t = browser.script("const v = document.querySelector('.player video');"
                    + " return v ? v.currentTime : null;");
            return t instanceof Number n && n.doubleValue() > atLeast ? n.doubleValue() : null;
        });
    }
}
