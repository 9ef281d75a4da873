package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a person is, and how long what they opened lasts, attacked through the WAR: two guests who type
 * the same name are two people (their ids come from the server), a made-up guest cookie is worth
 * nothing, ending a session (sign-out, a refund) closes its stage socket, its HTTP-FLV stream and its
 * RTMP play and kills its playback addresses within 5 s, and the edge-relay header nobody signed is
 * refused rather than skipping the viewer limit.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class SessionsAndGuestsIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    private MarqueeServer server;
    private TestMailServer mail;
    private Api organizer;
    private final List<Process> publishers = new ArrayList<>();

    @BeforeEach
    void connect(MarqueeServer shared, TestMailServer sharedMail) {
        server = shared;
        mail = sharedMail;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @AfterEach
    void stop() {
        publishers.forEach(Process::destroyForcibly);
    }

    private long[] event(String access, String provider, Map<String, Object> settings) {
        String slug = "who-" + UUID.randomUUID().toString().substring(0, 8);
        long eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Who " + slug,
                "timezone", "UTC", "access", access)).json().get("id").asLong();
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "main", "name", "Main", "provider", provider, "settings", settings));
        assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
        return new long[] {eventId, stage.json().get("id").asLong()};
    }

    @Test
    void twoGuestsWhoTypeTheSameNameAreTwoPeople() {
        long stage = event("PUBLIC", "external", Map.of("url", "https://example.org/live.m3u8"))[1];
        try (ChatClient first = ChatClient.guest(server, stage, "Alice");
             ChatClient second = ChatClient.guest(server, stage, "Alice")) {
            String firstId = first.await("chat.welcome").at("/you/id").asText();
            String secondId = second.await("chat.welcome").at("/you/id").asText();
            assertThat(firstId).startsWith("p-");
            assertThat(secondId).startsWith("p-").isNotEqualTo(firstId);

            first.say("I am the first Alice");
            JsonNode heard = second.awaitMessage("I am the first Alice");
            assertThat(heard.at("/author/name").asText()).isEqualTo("Alice");
            assertThat(heard.at("/author/id").asText()).isEqualTo(firstId).isNotEqualTo(secondId);
        }
    }

    @Test
    void aGuestIsTheIdTheServerGaveNotTheNameNorACookieMadeUp() {
        long[] ids = event("PUBLIC", "external", Map.of("url", "https://example.org/live.m3u8"));
        String slug = organizer.get("/api/v1/events/" + ids[0]).json().get("slug").asText();
        Api.Reply page = new Api(server).get("/e/" + slug + "/main");
        String setCookie = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("MARQUEE_GUEST=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        String asAlice;
        try (ChatClient alice = ChatClient.guest(server, ids[1], "Alice", cookie)) {
            asAlice = alice.await("chat.welcome").at("/you/id").asText();
        }
        try (ChatClient renamed = ChatClient.guest(server, ids[1], "Bob", cookie)) {
            assertThat(renamed.await("chat.welcome").at("/you/id").asText())
                    .as("the same browser under another name is the same person").isEqualTo(asAlice);
        }
        String value = cookie.substring("MARQUEE_GUEST=".length());
        String forged = "MARQUEE_GUEST=" + value.substring(0, 22) + "." + "A".repeat(value.length() - 23);
        try (ChatClient impostor = ChatClient.guest(server, ids[1], "Alice", forged)) {
            assertThat(impostor.await("chat.welcome").at("/you/id").asText())
                    .as("a guest cookie with a signature of its own is nobody's").isNotEqualTo(asAlice);
        }
    }

    @Test
    void signingOutEndsTheSocketTheStreamsAndTheAddressesWithin5Seconds() throws Exception {
        long[] ids = event("TICKETED", "rtmp", Map.of());
        String tag = "out-" + UUID.randomUUID().toString().substring(0, 6);
        Api attendee = Attendees.signedIn(server, mail, organizer, ids[0], tag, "Sam").get("Sam");
        String key = organizer.get("/api/v1/stages/" + ids[1]).json().at("/ingest/streamKey").asText();
        publishers.add(Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 60,
                server.workDir().resolve("ffmpeg-" + tag + ".log")));
        JsonNode playback = awaitLive(attendee, ids[1]);

        try (ChatClient socket = ChatClient.signedIn(server, ids[1], attendee)) {
            socket.await("chat.welcome");
            FlvReader flv = FlvReader.open(url(playback, "http-flv"));
            assertThat(flv.awaitBytes(50_000, Duration.ofSeconds(10))).as("the stream plays before").isTrue();
            String hls = url(playback, "hls");
            String llhls = url(playback, "ll-hls");
            assertThat(new Api(server).get(URI.create(llhls).getPath()).status()).as("LL-HLS plays before").isEqualTo(200);
            String rtmp = url(playback, "rtmp");

            assertThat(attendee.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
            long signedOut = System.nanoTime();

            assertThat(socket.awaitClose()).as("the stage socket").isEqualTo(1008);
            assertThat(flv.ended().get(WITHIN.toSeconds() + 2, TimeUnit.SECONDS)).as("the HTTP-FLV stream ends").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - signedOut)).isLessThan(WITHIN.plusSeconds(1));
            assertThat(new Api(server).get(URI.create(hls).getPath()).status()).as("the HLS address").isEqualTo(403);
            assertThat(new Api(server).get(URI.create(llhls).getPath()).status()).as("the LL-HLS address").isEqualTo(403);
            assertThat(Ffmpeg.play(rtmp, 2).exit()).as("the RTMP address").isNotZero();
        }
    }

    @Test
    void aRefundEndsTheStageSocketOfEveryDevice() {
        long[] ids = event("TICKETED", "external", Map.of("url", "https://example.org/live.m3u8"));
        String tag = "refund-" + UUID.randomUUID().toString().substring(0, 6);
        Api attendee = Attendees.signedIn(server, mail, organizer, ids[0], tag, "Rita").get("Rita");
        try (ChatClient socket = ChatClient.signedIn(server, ids[1], attendee)) {
            socket.await("chat.welcome");
            Attendees.upload(organizer, ids[0], tag, "Refunded", "Rita");
            long refunded = System.nanoTime();
            assertThat(socket.awaitClose()).isEqualTo(1008);
            assertThat(Duration.ofNanos(System.nanoTime() - refunded)).isLessThan(WITHIN);
        }
    }

    @Test
    void anEdgeRelayHeaderNobodySignedIsRefused() throws Exception {
        long[] ids = event("TICKETED", "rtmp", Map.of());
        String key = organizer.get("/api/v1/stages/" + ids[1]).json().at("/ingest/streamKey").asText();
        publishers.add(Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 30,
                server.workDir().resolve("ffmpeg-relay-" + ids[1] + ".log")));
        String flv = url(awaitLive(organizer, ids[1]), "http-flv");
        HttpResponse<InputStream> spoofed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(flv))
                .header("X-Marquee-Edge", "i-am-an-edge").timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = spoofed.body()) {
            assertThat(spoofed.statusCode()).isEqualTo(403);
        }
    }

    private JsonNode awaitLive(Api viewer, long stageId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonNode playback = viewer.get("/api/v1/stages/" + stageId + "/playback").json();
            if (playback.path("live").asBoolean()) {
                return playback;
            }
            MarqueeServer.sleep(300);
        }
        throw new AssertionError("stage " + stageId + " did not go live");
    }

    private String url(JsonNode playback, String type) {
        for (JsonNode s : playback.path("sources")) {
            if (type.equals(s.path("type").asText())) {
                String url = s.path("url").asText();
                return url.startsWith("/") ? server.uri(url).toString() : url;
            }
        }
        throw new AssertionError("no " + type + " source in " + playback);
    }

    /** An HTTP-FLV player reading as fast as the stream comes, telling when the server ends it. */
    private static final class FlvReader {
        private final CompletableFuture<Boolean> ended = new CompletableFuture<>();
        private volatile long read;

        static FlvReader open(String url) throws IOException, InterruptedException {
            FlvReader reader = new FlvReader();
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[16 * 1024];
                try (InputStream in = response.body()) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        reader.read += n;
                    }
                    reader.ended.complete(true);
                } catch (IOException e) {
                    reader.ended.complete(true);
                }
            }, "flv-reader");
            t.setDaemon(true);
            t.start();
            return reader;
        }

        boolean awaitBytes(long bytes, Duration within) {
            long deadline = System.nanoTime() + within.toNanos();
            while (read < bytes && System.nanoTime() < deadline) {
                MarqueeServer.sleep(100);
            }
            return read >= bytes;
        }

        CompletableFuture<Boolean> ended() {
            return ended;
        }
    }
}
