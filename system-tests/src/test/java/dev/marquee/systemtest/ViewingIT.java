package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.marquee.systemtest.Await.await;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Viewing sessions against the real WAR on PostgreSQL with ffmpeg publishing: an event limited to 2
 * streams per person lets one person play on two devices and refuses the third where the video flows
 * (429 with the message the page shows), frees a slot within 5 s of a player hanging up, ends the
 * oldest stream on request; guests are not limited; HTTP-FLV, RTMP and HLS playbacks are stored as
 * viewing rows; and the attendance CSV of a scripted run has the known viewers and minutes.
 */
class ViewingIT {

    private static final String SCHEMA = "marquee_viewing_test";
    private static MarqueeServer server;
    private static Api organizer;
    private final List<AutoCloseable> players = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void start() {
        SharedServers.resetSchema(SCHEMA);
        server = new MarqueeServer(MarqueeServer.newWorkDir("viewing"), Map.of(
                "MARQUEE_DB_URL", SharedServers.PG_URL + "?currentSchema=" + SCHEMA,
                "MARQUEE_DB_USER", "postgres",
                "MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL,
                "MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MARQUEE_DEMO", "false",
                "MARQUEE_VIEWING_FLUSH_INTERVAL", "PT1S")).start();
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable p : players) {
            p.close();
        }
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void aThirdStreamIsRefusedWhereTheVideoFlowsAndHangingUpFreesASlot() throws Exception {
        long eventId = event("viewing-limit", 2);
        assertThat(organizer.get("/api/v1/events/" + eventId).json().path("maxConcurrentStreams").asInt()).isEqualTo(2);
        long stageId = liveStage(eventId, "Main Stage");

        // Addresses are handed out while the person is under the limit; the third is used past it.
        URI firefoxAddress = flv(organizer, stageId);
        URI iphoneAddress = flv(organizer, stageId);
        URI chromeAddress = flv(organizer, stageId);
        assertThat(java.util.Set.of(firefoxAddress, iphoneAddress, chromeAddress))
                .as("three addresses asked for by one session within a second are three, each ended on its own").hasSize(3);
        FlvPlayer firefox = play(firefoxAddress, FlvPlayer.FIREFOX);
        FlvPlayer iphone = play(iphoneAddress, FlvPlayer.IPHONE);
        assertThat(firefox.status()).isEqualTo(200);
        assertThat(iphone.status()).isEqualTo(200);
        await("both players receive video", Duration.ofSeconds(10), () -> firefox.received() > 0 && iphone.received() > 0);

        FlvPlayer third = play(chromeAddress, FlvPlayer.CHROME);
        assertThat(third.status()).isEqualTo(429);
        JsonNode refusal = third.error();
        assertThat(refusal.path("error").asText()).isEqualTo("too_many_streams");
        assertThat(refusal.path("detail").asText())
                .isEqualTo("You are watching on 2 devices: Main Stage on Firefox, Main Stage on iPhone — stop one?");
        assertThat(refusal.path("streams")).hasSize(2);
        JsonNode oldest = refusal.path("streams").get(0);
        assertThat(oldest.path("stage").asLong()).isEqualTo(stageId);
        assertThat(oldest.path("stageName").asText()).isEqualTo("Main Stage");
        assertThat(oldest.path("device").asText()).isEqualTo("Firefox");
        assertThat(oldest.path("id").asText()).isNotBlank();
        assertThat(oldest.path("startedAt").asText()).isNotBlank();
        Api.Reply beforeStart = organizer.get("/api/v1/stages/" + stageId + "/playback");
        assertThat(beforeStart.status()).as("the playback API tells the page before its player starts").isEqualTo(429);
        assertThat(beforeStart.json().path("error").asText()).isEqualTo("too_many_streams");

        // Guests are anonymous viewers: not limited.
        Api guest = new Api(server);
        FlvPlayer anonymous = play(flv(guest, stageId), FlvPlayer.CHROME);
        assertThat(anonymous.status()).isEqualTo(200);

        // Hanging up one player frees its slot within 5 s.
        firefox.close();
        Instant hungUp = Instant.now();
        FlvPlayer[] chrome = new FlvPlayer[1];
        await("a slot is free again", Duration.ofSeconds(5), () -> {
            FlvPlayer attempt = play(chromeAddress, FlvPlayer.CHROME);
            if (attempt.status() == 200) {
                chrome[0] = attempt;
                return true;
            }
            return false;
        });
        assertThat(Duration.between(hungUp, Instant.now())).isLessThanOrEqualTo(Duration.ofSeconds(5));

        // "End the oldest": the iPhone's stream ends on the instance that serves it, and its address stays ended.
        JsonNode mine = organizer.get("/api/v1/me/streams").json();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).path("device").asText()).isEqualTo("iPhone");
        assertThat(organizer.delete("/api/v1/me/streams/" + mine.get(0).path("id").asText()).status()).isEqualTo(204);
        await("the iPhone's stream ends", Duration.ofSeconds(5), iphone::ended);
        assertThat(play(iphoneAddress, FlvPlayer.IPHONE).status()).isEqualTo(410);
        assertThat(organizer.delete("/api/v1/me/streams/not-mine").status()).isEqualTo(404);

        chrome[0].close();
        anonymous.close();
        await("no stream is open", Duration.ofSeconds(5), () -> organizer.get("/api/v1/me/streams").json().isEmpty());

        // RTMP play and HLS are viewings too.
        Ffmpeg.Result rtmp = Ffmpeg.play(source(organizer, stageId, "rtmp"), 3);
        assertThat(rtmp.exit()).as(rtmp.output()).isZero();
        Ffmpeg.Result hls = Ffmpeg.play(server.uri(source(organizer, stageId, "hls")).toString(), 4);
        assertThat(hls.exit()).as(hls.output()).isZero();

        await("the viewings are stored", Duration.ofSeconds(15),
                () -> rows(eventId).stream().filter(r -> r.ended).count() == 6);
        List<Row> rows = rows(eventId);
        Map<String, Integer> byProtocol = new HashMap<>();
        rows.forEach(r -> byProtocol.merge(r.protocol + (r.subject == null ? "/guest" : ""), 1, Integer::sum));
        assertThat(byProtocol).isEqualTo(Map.of("http-flv", 3, "http-flv/guest", 1, "rtmp", 1, "hls", 1));
        assertThat(rows).allMatch(r -> r.bytes > 0, "every viewing sent bytes");

        JsonNode attendance = organizer.get("/api/v1/events/" + eventId + "/attendance").json();
        assertThat(attendance.at("/event/uniqueViewers").asInt()).isEqualTo(1);
        assertThat(attendance.at("/event/anonymousViewers").asInt()).isEqualTo(1);
        assertThat(attendance.at("/event/peakConcurrent").asInt()).isEqualTo(3);
        JsonNode people = organizer.get("/api/v1/events/" + eventId + "/attendance/people").json();
        assertThat(people).hasSize(1);
        JsonNode history = organizer.get("/api/v1/events/" + eventId + "/attendance/people/"
                + people.get(0).path("subject").asText()).json();
        Set<String> protocols = new TreeSet<>();
        history.path("viewings").forEach(v -> protocols.add(v.path("protocol").asText()));
        assertThat(protocols).containsExactly("hls", "http-flv", "rtmp");
        assertThat(guest.get("/api/v1/events/" + eventId + "/attendance").status()).isIn(401, 403, 404);
    }

    /**
     * In an event without a limit a stream is not written to the data grid as it starts (a heartbeat lists it
     * once it has played 30 s); the instance serving it lists it at once, and ending it from "my streams"
     * still closes the player and its address.
     */
    @Test
    void withoutALimitAStreamIsListedAtOnceByItsInstanceAndCanBeEnded() throws Exception {
        long eventId = event("viewing-unlimited", null);
        long stageId = liveStage(eventId, "Open Hall");
        URI address = flv(organizer, stageId);
        FlvPlayer firefox = play(address, FlvPlayer.FIREFOX);
        assertThat(firefox.status()).isEqualTo(200);

        List<JsonNode> mine = new ArrayList<>();
        organizer.get("/api/v1/me/streams").json().forEach(s -> {
            if (s.path("stage").asLong() == stageId) {
                mine.add(s);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("device").asText()).isEqualTo("Firefox");
        assertThat(organizer.delete("/api/v1/me/streams/" + mine.get(0).path("id").asText()).status()).isEqualTo(204);
        await("the stream ends", Duration.ofSeconds(5), firefox::ended);
        assertThat(play(address, FlvPlayer.FIREFOX).status()).isEqualTo(410);
    }

    /**
     * A scripted run: the organizer watches on Firefox while a guest watches, both hang up after 6 s;
     * then the organizer watches 3 s on an iPhone. The CSV's counts are exact; the average minutes
     * ((9 s + 6 s) / 2 viewers = 0.125) are compared within 0.02, because the server times a viewing
     * from when it opened and closed the connection, not from the script's sleeps.
     */
    @Test
    void theAttendanceCsvOfAScriptedRunHasTheKnownViewersAndMinutes() throws Exception {
        long eventId = event("viewing-csv", null);
        long stageId = liveStage(eventId, "Hall");
        Instant now = Instant.now();
        Api.Reply session = organizer.post("/api/v1/stages/" + stageId + "/sessions", Map.of("title", "Keynote",
                "speakers", List.of("Ada"), "startsAt", now.minusSeconds(3600).toString(),
                "endsAt", now.plusSeconds(3600).toString()));
        assertThat(session.status()).as(session.raw().body()).isIn(200, 201);
        Api guest = new Api(server);

        FlvPlayer firefox = play(flv(organizer, stageId), FlvPlayer.FIREFOX);
        FlvPlayer anonymous = play(flv(guest, stageId), FlvPlayer.CHROME);
        MarqueeServer.sleep(6_000);
        firefox.close();
        anonymous.close();
        MarqueeServer.sleep(1_000);
        FlvPlayer iphone = play(flv(organizer, stageId), FlvPlayer.IPHONE);
        MarqueeServer.sleep(3_000);
        iphone.close();
        await("the three viewings are stored as ended", Duration.ofSeconds(15),
                () -> rows(eventId).stream().filter(r -> r.ended).count() == 3);

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        server.uri("/api/v1/events/" + eventId + "/attendance")).header("Accept", "text/csv")
                .header("Cookie", organizer.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(4);
        String[] head = lines[0].split(",", -1);
        assertThat(List.of(head).subList(0, 11)).containsExactly("scope", "stage_id", "stage", "session_id", "session",
                "starts_at", "ends_at", "unique_viewers", "anonymous_viewers", "peak_concurrent", "average_minutes");
        long sessionId = session.json().at("/session/id").asLong();
        String[][] expected = {
                {"event", "", "", "", ""},
                {"stage", String.valueOf(stageId), "Hall", "", ""},
                {"session", String.valueOf(stageId), "Hall", String.valueOf(sessionId), "Keynote"}};
        for (int i = 0; i < expected.length; i++) {
            String[] cells = lines[i + 1].split(",", -1);
            assertThat(cells).as(lines[i + 1]).hasSize(head.length);
            assertThat(List.of(cells).subList(0, 5)).containsExactly(expected[i]);
            assertThat(cells[7]).as("unique viewers of " + cells[0]).isEqualTo("1");
            assertThat(cells[8]).as("anonymous viewers of " + cells[0]).isEqualTo("1");
            assertThat(cells[9]).as("peak concurrent of " + cells[0]).isEqualTo("2");
            assertThat(Double.parseDouble(cells[10])).as("average minutes of " + cells[0]).isCloseTo(0.125, within(0.02));
            for (int c = 11; c < cells.length; c++) {
                assertThat(cells[c]).as(head[c] + " of " + cells[0]).isEqualTo("0");
            }
        }
    }

    private long event(String slug, Integer limit) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "title", slug, "timezone", "UTC",
                "access", "PUBLIC"));
        long id = organizer.post("/api/v1/events", body).json().get("id").asLong();
        if (limit != null) {
            body.put("maxConcurrentStreams", limit);
            Api.Reply saved = organizer.put("/api/v1/events/" + id, body);
            assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        }
        return id;
    }

    private long liveStage(long eventId, String name) {
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", name.toLowerCase().replace(' ', '-'), "name", name, "provider", "rtmp", "settings", Map.of()));
        assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
        long stageId = stage.json().get("id").asLong();
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        processes.add(Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 120,
                server.workDir().resolve("ffmpeg-" + stageId + ".log")));
        await("the stage is live", Duration.ofSeconds(20),
                () -> organizer.get("/api/v1/stages/" + stageId + "/playback").json().path("live").asBoolean());
        return stageId;
    }

    private FlvPlayer play(URI url, String userAgent) {
        FlvPlayer player = FlvPlayer.play(url, userAgent);
        players.add(player);
        return player;
    }

    private static URI flv(Api viewer, long stageId) {
        return server.uri(source(viewer, stageId, "http-flv"));
    }

    private static String source(Api viewer, long stageId, String type) {
        Api.Reply playback = viewer.get("/api/v1/stages/" + stageId + "/playback");
        assertThat(playback.status()).as(playback.raw().body()).isEqualTo(200);
        for (JsonNode s : playback.json().path("sources")) {
            if (type.equals(s.path("type").asText())) {
                String url = s.path("url").asText();
                return url.startsWith("/") ? url : url.replaceFirst("//[^/]+/", "//127.0.0.1:" + server.rtmpPort() + "/");
            }
        }
        throw new AssertionError("no " + type + " source for stage " + stageId + ": " + playback.json());
    }

    private record Row(String protocol, String subject, long bytes, boolean ended) {
    }

    private static List<Row> rows(long eventId) {
        try (Connection c = DriverManager.getConnection(SharedServers.PG_URL + "?currentSchema=" + SCHEMA, "postgres", "");
             var query = c.prepareStatement("select protocol, subject, bytes, ended_at from viewing where event_id = ?")) {
            query.setLong(1, eventId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4) != null));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

}
