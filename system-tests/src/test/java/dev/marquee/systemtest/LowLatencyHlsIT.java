package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LL-HLS against the assembled WAR on the shared H2 server: ffmpeg publishes, the playback API lists
 * {@code ll-hls} first, a blocking reload for the hinted part is answered once the part exists, the
 * hinted part itself waits for its completion, nonsense gets 400, ffprobe decodes H.264 and AAC from the
 * playlist, viewers count while they ask and leave the count when they stop, and a tampered token gets 403.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class LowLatencyHlsIT {

    private static final Pattern HINT = Pattern.compile("#EXT-X-PRELOAD-HINT:TYPE=PART,URI=\"(part-[0-9a-z]+-(\\d+)\\.(\\d+)\\.m4s)\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process publisher;

    @AfterEach
    void stop() {
        if (publisher != null) {
            publisher.destroyForcibly();
        }
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aPublishedStreamPlaysAsLowLatencyHls(MarqueeServer server) throws Exception {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = "llhls-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "LL " + slug, "timezone", "UTC",
                "access", "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "rtmp", "settings", Map.of())).json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        Path log = server.workDir().resolve("ffmpeg-" + UUID.randomUUID() + ".log");
        publisher = Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 90, log);
        Instant deadline = Instant.now().plusSeconds(20);
        JsonNode playback = organizer.get("/api/v1/stages/" + stageId + "/playback").json();
        while (!playback.path("live").asBoolean() && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(200);
            playback = organizer.get("/api/v1/stages/" + stageId + "/playback").json();
        }

        JsonNode first = playback.path("sources").get(0);
        assertThat(first.path("type").asText()).as("ll-hls is offered first").isEqualTo("ll-hls");
        assertThat(playback.toString()).contains("\"http-flv\"");
        String multivariant = server.uri(first.path("url").asText()).toString();
        assertThat(multivariant).endsWith("/ll.m3u8");
        String base = multivariant.substring(0, multivariant.length() - "ll.m3u8".length());

        HttpResponse<byte[]> variants = get(multivariant);
        assertThat(variants.statusCode()).isEqualTo(200);
        assertThat(text(variants)).containsPattern("CODECS=\"avc1\\.[0-9a-f]{6},mp4a\\.40\\.2\",RESOLUTION=640x360");
        assertThat(variants.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<byte[]> media = get(base + "ll-media.m3u8");
        assertThat(text(media)).contains("#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=0.75000")
                .contains("#EXT-X-PART-INF:PART-TARGET=0.25000");
        Matcher hint = HINT.matcher(text(media));
        assertThat(hint.find()).as(text(media)).isTrue();
        String hinted = hint.group(1);

        // The blocking reload for the hinted part: answered once that part is in the playlist, not before.
        long started = System.nanoTime();
        HttpResponse<byte[]> blocked = get(base + "ll-media.m3u8?_HLS_msn=" + hint.group(2) + "&_HLS_part=" + hint.group(3));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(blocked.statusCode()).isEqualTo(200);
        assertThat(waitedMillis).as("answered within about a part").isLessThan(1_000);
        assertThat(text(blocked)).containsPattern("#EXT-X-PART:DURATION=0\\.\\d+,URI=\"" + Pattern.quote(hinted) + "\"");
        HttpResponse<byte[]> part = get(base + hinted);
        assertThat(part.statusCode()).isEqualTo(200);
        assertThat(part.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400, immutable");
        assertThat(new String(part.body(), 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("moof");

        // The next hinted part, asked for before it exists, comes when it is complete.
        Matcher nextHint = HINT.matcher(text(blocked));
        assertThat(nextHint.find()).isTrue();
        HttpResponse<byte[]> early = get(base + nextHint.group(1));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body().length).isGreaterThan(100);

        assertThat(get(base + "ll-media.m3u8?_HLS_part=1").statusCode()).as("_HLS_part alone").isEqualTo(400);
        assertThat(get(base + "ll-media.m3u8?_HLS_msn=" + (Long.parseLong(hint.group(2)) + 50)).statusCode())
                .as("far beyond the live edge").isEqualTo(400);

        // Plain HLS clients such as ffmpeg read finished segments only: block until two are there.
        HttpResponse<byte[]> segments = get(base + "ll-media.m3u8?_HLS_msn=1");
        assertThat(segments.statusCode()).isEqualTo(200);
        assertThat(text(segments)).contains("#EXTINF:2.00000,\n");
        JsonNode probe = Ffmpeg.probe(multivariant);
        assertThat(probe.path("streams").toString()).contains("\"codec_name\":\"h264\"").contains("\"codec_name\":\"aac\"");

        // LL-HLS viewers count by their playback address while they ask, and leave the count when they stop.
        assertThat(viewers(organizer, stageId)).as("the address above, asked for within seconds").isEqualTo(1);
        MarqueeServer.sleep(1_100); // an address made in another second is another viewer's
        String second = server.uri(organizer.get("/api/v1/stages/" + stageId + "/playback").json()
                .path("sources").get(0).path("url").asText()).toString();
        assertThat(second).isNotEqualTo(multivariant);
        assertThat(get(second.replace("/ll.m3u8", "/ll-media.m3u8")).statusCode()).isEqualTo(200);
        assertThat(viewers(organizer, stageId)).isEqualTo(2);
        Instant gone = Instant.now().plusSeconds(30);
        while (viewers(organizer, stageId) > 0 && Instant.now().isBefore(gone)) {
            MarqueeServer.sleep(500);
        }
        assertThat(viewers(organizer, stageId)).as("viewers that stopped asking have left the count").isZero();

        String token = multivariant.replaceAll(".*/media/rtmp/\\d+/([^/]+)/ll.m3u8", "$1");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("xx") ? "yy" : "xx");
        assertThat(get(multivariant.replace(token, tampered)).statusCode()).isEqualTo(403);
        assertThat(get((base + hinted).replace(token, tampered)).statusCode()).isEqualTo(403);
    }

    private static int viewers(Api organizer, long stageId) {
        return organizer.get("/api/v1/stages/" + stageId).json().at("/stats/viewers").asInt();
    }
}
