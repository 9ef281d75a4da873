package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.plugin.twilio.api.TwilioStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.marquee.systemtest.Await.await;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Marquee instances on one PostgreSQL database form one cluster (Payara Micro's data grid, TCP member
 * list on loopback) behind nginx: chat, presence, moderation and sessions across instances, a stream
 * published on A played from B, then A killed with nothing accepted lost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String SCHEMA = "marquee_cluster_test";
    private static final String TWILIO_CALLBACK = "https://hooks.marquee.test/api/v1/webhooks/twilio/video";
    private static final TwilioCallbacks CALLBACKS = new TwilioCallbacks("ACclustertest", "cluster-test-auth-token",
            TWILIO_CALLBACK);

    private static TestMailServer mail;
    private static TwilioStandIn twilio;
    private static MarqueeServer a;
    private static MarqueeServer b;
    private static Nginx nginx;
    private static Api organizer;
    private static long eventId;
    private static long stageId;
    private static final List<Process> publishers = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        SharedServers.resetSchema(SCHEMA);
        mail = TestMailServer.start();
        twilio = new TwilioStandIn();
        Map<String, String> env = ClusterSetup.environment(SCHEMA, mail, twilio, TWILIO_CALLBACK);
        List<Integer> grid = List.of(MarqueeServer.freeTcpPort(), MarqueeServer.freeTcpPort());
        String cluster = "marquee-it-" + UUID.randomUUID().toString().substring(0, 8);
        a = new MarqueeServer(MarqueeServer.newWorkDir("cluster-a"), env).inCluster(cluster, "A", grid, 0).start();
        b = new MarqueeServer(MarqueeServer.newWorkDir("cluster-b"), env).inCluster(cluster, "B", grid, 1).start();
        await("both instances see a cluster of two", Duration.ofSeconds(60),
                () -> ClusterSetup.clusterSize(a) == 2 && ClusterSetup.clusterSize(b) == 2);
        nginx = Nginx.start(MarqueeServer.newWorkDir("nginx"), List.of(a, b));
        organizer = new Api(nginx).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String slug = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        eventId = organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Cluster show", "timezone", "UTC",
                "access", "TICKETED")).json().get("id").asLong();
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "main", "name", "Main", "provider", "rtmp", "settings", Map.of()));
        assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
        stageId = stage.json().get("id").asLong();
    }

    @AfterAll
    static void stopCluster() {
        publishers.forEach(Process::destroyForcibly);
        if (nginx != null) {
            nginx.close();
        }
        for (MarqueeServer server : new MarqueeServer[]{a, b}) {
            if (server != null) {
                server.stop();
            }
        }
        if (mail != null) {
            mail.close();
        }
        if (twilio != null) {
            twilio.close();
        }
    }

    @Test
    @Order(1)
    void sessionsChatPresenceAndModerationSpanTheCluster() {
        Map<String, Api> people = Attendees.signedIn(nginx, mail, organizer, eventId, "cl", "Ada", "Bob");
        Api ada = people.get("Ada");
        Api bob = people.get("Bob");
        // Sessions live in the database: each cookie works on either instance.
        assertThat(new Api(a).get("/api/v1/auth/session").status()).isEqualTo(200);
        try (ChatClient adaOnA = ChatClient.signedIn(a, stageId, ada);
             ChatClient adaOnB = ChatClient.signedIn(b, stageId, ada);
             ChatClient bobOnB = ChatClient.signedIn(b, stageId, bob);
             ChatClient hostOnA = ChatClient.signedIn(a, stageId, organizer)) {
            for (ChatClient c : List.of(adaOnA, adaOnB, bobOnB, hostOnA)) {
                c.await("chat.welcome");
            }
            // Presence counts connections on both instances.
            for (ChatClient c : List.of(adaOnA, bobOnB)) {
                c.await(f -> "presence".equals(f.path("type").asText()) && f.path("viewers").asInt() == 4);
            }

            adaOnA.say("posted on A");
            bobOnB.say("posted on B");
            for (ChatClient c : List.of(adaOnA, adaOnB, bobOnB, hostOnA)) {
                awaitMessages(c, "posted on A", "posted on B");
            }
            MarqueeServer.sleep(1000);
            for (ChatClient c : List.of(adaOnA, bobOnB, hostOnA)) {
                c.receives(f -> false, Duration.ofMillis(200));
                assertThat(texts(c)).as("each message exactly once").containsOnlyOnce("posted on A", "posted on B");
            }

            // Slow mode set through A holds for Ada whichever instance she posts to.
            assertThat(new Api(a).login(ADMIN_EMAIL, ADMIN_PASSWORD).put("/api/v1/stages/" + stageId + "/chat",
                    Map.of("enabled", true, "slowModeSeconds", 60)).status()).isEqualTo(200);
            adaOnB.await(f -> "chat.settings".equals(f.path("type").asText())
                    && f.at("/chat/slowModeSeconds").asInt() == 60);
            // Her last message went through A seconds ago: B refuses the next one.
            adaOnB.say("too soon in slow mode");
            assertThat(adaOnB.await("error").path("error").asText()).isEqualTo("slow_mode");
            assertThat(bobOnB.receives(f -> "too soon in slow mode".equals(f.path("text").asText()),
                    Duration.ofSeconds(1))).isFalse();

            // A host on A bans Bob, connected to B: his socket there closes.
            String id = hostOnA.seen().stream().filter(f -> "posted on B".equals(f.path("text").asText()))
                    .findFirst().orElseThrow().path("id").asText();
            hostOnA.send(Map.of("type", "chat.ban", "id", id));
            assertThat(bobOnB.awaitClose()).isEqualTo(1008);
            try (ChatClient bobAgain = ChatClient.signedIn(a, stageId, bob)) {
                assertThat(bobAgain.await("error").path("error").asText()).isEqualTo("banned");
            }
        }
    }

    @Test
    @Order(2)
    void anInteractiveVideoStageRunsWithItsHostOnAAndAViewerOnB() throws Exception {
        long video = videoStage();
        Api tia = Attendees.signedIn(nginx, mail, organizer, eventId, "tw", "Tia").get("Tia");
        try (ChatClient host = ChatClient.signedIn(a, video, organizer);
             ChatClient viewer = ChatClient.signedIn(b, video, tia)) {
            host.send(Map.of("type", "stage.join"));
            host.await("stage.you");
            host.send(Map.of("type", "stage.start"));
            host.await(f -> you(f, "host"));

            // Tia is connected to B: her frames go to the instance holding the stage, its answers come back.
            viewer.send(Map.of("type", "stage.join"));
            String identity = viewer.await(f -> you(f, "viewer")).path("identity").asText();
            viewer.send(Map.of("type", "stage.hand", "raised", true));
            host.await(f -> "stage.state".equals(f.path("type").asText()) && f.path("hands").toString().contains(identity));
            viewer.await(f -> "stage.state".equals(f.path("type").asText()) && f.path("hands").toString().contains(identity));
            host.send(Map.of("type", "stage.invite", "identity", identity));
            viewer.await("stage.invited");
            viewer.send(Map.of("type", "stage.accept"));
            viewer.await(f -> you(f, "speaker"));
            // Twilio calls back B: the stage's state on A learns that Tia is in the room.
            String room = "marquee-stage-" + video;
            await("the room exists at Twilio", Duration.ofSeconds(15), () -> twilio.sidOf(room) != null);
            twilio.addParticipant(twilio.sidOf(room), identity);
            assertThat(CALLBACKS.send(b, CALLBACKS.callback(room, twilio.sidOf(room), "participant-connected", identity))
                    .statusCode()).isEqualTo(200);
            host.await(f -> "stage.state".equals(f.path("type").asText()) && f.path("speakers").toString().contains(identity));

            host.close();
            viewer.await("stage.ended");
        }
    }

    private static long videoStage() {
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug",
                "video-" + UUID.randomUUID().toString().substring(0, 6), "name", "Video", "provider", "twilio-video",
                "settings", Map.of("mode", "interactive")));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static boolean you(JsonNode frame, String role) {
        return "stage.you".equals(frame.path("type").asText()) && role.equals(frame.path("role").asText());
    }

    @Test
    @Order(3)
    void theTicketPollerReadsASourceOncePerIntervalForTheWholeCluster() {
        try (ExportServer exports = new ExportServer()) {
            String url = exports.publish("/cluster.csv", "Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date\n"
                    + "poll-1,O-1,Una,Poll," + Attendees.email("poll", "Una") + ",Full,paid,\n");
            Instant added = Instant.now();
            Api.Reply source = organizer.post("/api/v1/events/" + eventId + "/ticket-sources", Map.of("type", "weemss-csv",
                    "settings", Map.of("exportUrl", url, "pollInterval", "PT15S",
                            "headers", Map.of("X-API-Key", ExportServer.API_KEY))));
            assertThat(source.status()).as(source.raw().body()).isEqualTo(201);
            // Both instances look for due sources every 2 s; the source is due every 15 s.
            MarqueeServer.sleep(Duration.ofSeconds(33).minus(Duration.between(added, Instant.now())).toMillis());
            assertThat(exports.requests("/cluster.csv")).as("reads in 33 s").isBetween(2, 3);
            mail.awaitCode(Attendees.email("poll", "Una"), 1);
            assertThat(mail.mailsTo(Attendees.email("poll", "Una"))).hasSize(1);
            organizer.delete("/api/v1/ticket-sources/" + source.json().get("id").asLong());
        }
    }

    @Test
    @Order(4)
    void aStreamPublishedOnAPlaysFromB() {
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        publish(a, key);
        Api viewerOnB = new Api(b).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        await("B knows the stage is live", Duration.ofSeconds(30),
                () -> viewerOnB.get("/api/v1/stages/" + stageId + "/playback").json().path("live").asBoolean());
        JsonNode playback = viewerOnB.get("/api/v1/stages/" + stageId + "/playback").json();
        String flv = Playbacks.source(playback, "http-flv");
        Playbacks.assertH264(Ffmpeg.probe(b.uri(flv).toString()));
        Playbacks.assertH264(Ffmpeg.probe(nginx.uri(flv).toString()));
        Playbacks.assertH264(Ffmpeg.probe(b.uri(Playbacks.source(playback, "hls")).toString()));
        Playbacks.assertH264(Ffmpeg.probe(b.uri(Playbacks.source(playback, "ll-hls")).toString())); // B's own parts of A's stream
        Ffmpeg.Result played = Ffmpeg.play(b.uri(flv).toString(), 4);
        assertThat(played.exit()).as(played.output()).isZero();

        // A measures the stream; B answers its encoder report from the grid.
        await("B has A's ingest report", Duration.ofSeconds(20), () -> {
            JsonNode ingest = viewerOnB.get("/api/v1/stages/" + stageId + "/ingest").json();
            return ingest.path("live").asBoolean() && "h264".equals(ingest.at("/video/codec").asText())
                    && "aac".equals(ingest.at("/audio/codec").asText()) && ingest.path("bitrate").asLong() > 0;
        });

        // Only A, which holds the publisher, records; B serves the recording from the shared directory.
        JsonNode recordings = viewerOnB.get("/api/v1/stages/" + stageId + "/recordings").json();
        assertThat(recordings.size()).as(recordings.toString()).isEqualTo(1);
        String whole = viewerOnB.get("/api/v1/recordings/" + recordings.get(0).path("id").asLong() + "/replay").json()
                .at("/sources/0/url").asText();
        Playbacks.assertH264(Ffmpeg.probe(b.uri(whole).toString()));

        // A second publisher for the same stage on B is refused: one publisher per stage cluster-wide.
        Path log = b.workDir().resolve("ffmpeg-second.log");
        Process second = Ffmpeg.publish("rtmp://127.0.0.1:" + b.rtmpPort() + "/live/" + key, 20, log);
        publishers.add(second);
        await("the second publisher is refused", Duration.ofSeconds(20), () -> !second.isAlive());
        assertThat(playbackLive(viewerOnB)).isTrue();
    }

    /**
     * An event limited to 2 streams per person: one player on A and one on B take both slots, a third on
     * either instance is refused with 429, and hanging up the one on A frees a slot on B within 5 s.
     */
    @Test
    @Order(4)
    void aPersonsStreamLimitHoldsAcrossInstances() {
        String slug = organizer.get("/api/v1/events/" + eventId).json().path("slug").asText();
        Map<String, Object> event = new HashMap<>(Map.of("slug", slug, "title", "Cluster show", "timezone", "UTC",
                "access", "TICKETED", "maxConcurrentStreams", 2));
        assertThat(organizer.put("/api/v1/events/" + eventId, event).status()).isEqualTo(200);
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "limited", "name", "Limited", "provider", "rtmp", "settings", Map.of()));
        long limited = stage.json().get("id").asLong();
        publish(a, organizer.get("/api/v1/stages/" + limited).json().at("/ingest/streamKey").asText());
        await("the limited stage is live", Duration.ofSeconds(30), () -> organizer.get("/api/v1/stages/" + limited
                + "/playback").json().path("live").asBoolean());
        List<FlvPlayer> players = new ArrayList<>();
        try {
            // Addresses are handed out while the person is under the limit; the third is used past it.
            String first = flvOf(limited);
            String second = flvOf(limited);
            String third = flvOf(limited);
            FlvPlayer onA = FlvPlayer.play(a.uri(first), FlvPlayer.FIREFOX);
            players.add(onA);
            FlvPlayer onB = FlvPlayer.play(b.uri(second), FlvPlayer.IPHONE);
            players.add(onB);
            assertThat(onA.status()).isEqualTo(200);
            assertThat(onB.status()).isEqualTo(200);
            for (MarqueeServer instance : new MarqueeServer[] {a, b}) {
                FlvPlayer refused = FlvPlayer.play(instance.uri(third), FlvPlayer.CHROME);
                assertThat(refused.status()).as("a third stream on " + instance.workDir()).isEqualTo(429);
                assertThat(refused.error().path("detail").asText())
                        .isEqualTo("You are watching on 2 devices: Limited on Firefox, Limited on iPhone — stop one?");
            }
            onA.close();
            Instant hungUp = Instant.now();
            await("B has a free slot", Duration.ofSeconds(5), () -> {
                FlvPlayer again = FlvPlayer.play(b.uri(third), FlvPlayer.CHROME);
                players.add(again);
                return again.status() == 200;
            });
            assertThat(Duration.between(hungUp, Instant.now())).isLessThanOrEqualTo(Duration.ofSeconds(5));
        } finally {
            players.forEach(FlvPlayer::close);
            event.remove("maxConcurrentStreams");
            organizer.put("/api/v1/events/" + eventId, event);
        }
    }

    private static String flvOf(long stage) {
        return Playbacks.source(organizer.get("/api/v1/stages/" + stage + "/playback").json(), "http-flv");
    }

    @Test
    @Order(5)
    void killingAnInstanceLosesNoMessageAttendeeOrMail() {
        // An interactive video stage held by A, with a viewer connected to B.
        long video = videoStage();
        Api uma = Attendees.signedIn(nginx, mail, organizer, eventId, "tw", "Uma").get("Uma");
        ChatClient videoHost = ChatClient.signedIn(a, video, organizer);
        ChatClient videoViewer = ChatClient.signedIn(b, video, uma);
        videoHost.send(Map.of("type", "stage.join"));
        videoHost.await("stage.you");
        videoViewer.send(Map.of("type", "stage.join"));
        videoViewer.await(f -> you(f, "viewer"));

        // Ticket buyers imported through A, whose mails may still be in the outbox when A dies.
        Api organizerOnA = new Api(a).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String[] buyers = {"Kim", "Lee", "Max", "Noa", "Oli", "Pat"};
        List<String> sent = new ArrayList<>();
        try (ChatClient chatOnA = ChatClient.signedIn(a, stageId, organizerOnA)) {
            chatOnA.await("chat.welcome");
            for (int i = 0; i < 20; i++) {
                chatOnA.say("before the crash " + i);
                sent.add("before the crash " + i);
            }
            chatOnA.awaitMessage("before the crash 19");
            Attendees.upload(organizerOnA, eventId, "crash", "paid", buyers);
            a.kill();
        }

        await("B sees it is alone", Duration.ofSeconds(30), () -> ClusterSetup.clusterSize(b) == 1);
        // The stage's state died with A: B closes the viewer's socket so the page reconnects and joins again,
        // and B now holds the stage.
        assertThat(videoViewer.awaitClose()).isEqualTo(1012);
        videoHost.close();
        try (ChatClient again = ChatClient.signedIn(b, video, uma)) {
            again.send(Map.of("type", "stage.join"));
            again.await(f -> you(f, "viewer"));
        }
        Api viewerOnB = new Api(b).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        await("the stream published on A is off air", Duration.ofSeconds(40), () -> !playbackLive(viewerOnB));

        // Clients come back through nginx, which now only reaches B: every accepted message is there.
        try (ChatClient back = ChatClient.signedIn(nginx, stageId, organizer)) {
            back.await("chat.welcome");
            back.awaitMessage("before the crash 19");
            assertThat(texts(back)).containsAll(sent.subList(sent.size() - 10, sent.size()));
        }
        JsonNode attendees = organizer.get("/api/v1/events/" + eventId + "/attendees").json();
        Set<String> emails = new java.util.HashSet<>();
        attendees.forEach(p -> emails.add(p.path("email").asText()));
        for (String buyer : buyers) {
            assertThat(emails).contains(Attendees.email("crash", buyer));
            mail.awaitCode(Attendees.email("crash", buyer), 1);
        }

        // The publisher reconnects, to B this time: the stage is live again and plays.
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        publish(b, key);
        await("live again on B", Duration.ofSeconds(30), () -> playbackLive(viewerOnB));
        Playbacks.assertH264(Ffmpeg.probe(nginx.uri(Playbacks.source(viewerOnB.get("/api/v1/stages/" + stageId + "/playback").json(),
                "http-flv")).toString()));
    }

    /** Waits for messages that may arrive in any order (they were sent on different instances). */
    private static void awaitMessages(ChatClient client, String... texts) {
        for (String text : texts) {
            if (!texts(client).contains(text)) {
                client.awaitMessage(text);
            }
        }
    }

    private static void publish(MarqueeServer server, String key) {
        Path log = server.workDir().resolve("ffmpeg-" + UUID.randomUUID() + ".log");
        publishers.add(Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 120, log));
    }

    private static boolean playbackLive(Api api) {
        Api.Reply r = api.get("/api/v1/stages/" + stageId + "/playback");
        return r.status() == 200 && r.json().path("live").asBoolean();
    }

    private static List<String> texts(ChatClient client) {
        return client.seen().stream().filter(f -> "chat.message".equals(f.path("type").asText()))
                .map(f -> f.path("text").asText()).collect(Collectors.toList());
    }
}
