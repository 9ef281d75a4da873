package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.marquee.systemtest.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outgoing webhooks end to end on a server of their own (fast retries, short leases; 127.0.0.2, where
 * the receivers listen, allowed): messages arrive signed as the Standard Webhooks specification says
 * (the receiver verifies them its own way), for a real RTMP publish, attendees created by an import, a
 * session starting; a receiver that is down gets them once it is back; a server killed while a message
 * is in flight sends it again after the restart; an internal address is refused.
 */
abstract class WebhooksContract {

    private static final String EMAIL = "hooks-organizer@marquee.test";
    private static final String PASSWORD = "hooks-organizer-password";

    private static MarqueeServer server;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<Process> publishers = new ArrayList<>();
    private Api organizer;

    static void start(String name, Map<String, String> databaseEnv) {
        Map<String, String> env = new HashMap<>(databaseEnv);
        env.put("MARQUEE_ADMIN_EMAIL", EMAIL);
        env.put("MARQUEE_ADMIN_PASSWORD", PASSWORD);
        env.put("MARQUEE_DEMO", "false");
        env.put("MARQUEE_OUTBOUND_ALLOW", ExportServer.ALLOWED_HOST);
        env.put("MARQUEE_WEBHOOKS_DISPATCH_INTERVAL", "PT0.2S");
        env.put("MARQUEE_WEBHOOKS_FIRST_RETRY", "PT1S");
        env.put("MARQUEE_WEBHOOKS_MAX_RETRY_INTERVAL", "PT2S");
        env.put("MARQUEE_WEBHOOKS_LEASE", "PT8S");
        env.put("MARQUEE_WEBHOOKS_TIMEOUT", "PT5S");
        env.put("MARQUEE_WEBHOOKS_SESSION_CHECK_INTERVAL", "PT1S");
        server = new MarqueeServer(MarqueeServer.newWorkDir(name), env).start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void signIn() {
        organizer = new Api(server).login(EMAIL, PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        publishers.forEach(Process::destroyForcibly);
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void streamAndAttendeeMessagesArriveSignedAndTheSecretIsShownOnce() {
        long eventId = event("TICKETED");
        long stageId = rtmpStage(eventId);
        WebhookReceiver receiver = receiver();
        JsonNode created = register(receiver, eventId, List.of("*"));
        long webhookId = created.get("id").asLong();

        JsonNode listed = organizer.get("/api/v1/webhooks?eventId=" + eventId).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("secret").isNull()).as("the secret is shown only once").isTrue();
        assertThat(listed.get(0).get("events").get(0).asText()).isEqualTo("*");
        assertThat(organizer.get("/api/v1/webhooks").json().toString()).doesNotContain(created.get("secret").asText());

        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        Path log = server.workDir().resolve("ffmpeg-" + UUID.randomUUID() + ".log");
        publishers.add(Ffmpeg.publish("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 6, log));
        await("stream.started and stream.stopped arrived", Duration.ofSeconds(60),
                () -> !receiver.delivered("stream.stopped").isEmpty());
        WebhookReceiver.Received started = receiver.delivered("stream.started").get(0);
        assertThat(started.verified()).as("signature of " + started).isTrue();
        assertThat(started.json().at("/data/stageId").asLong()).isEqualTo(stageId);
        assertThat(started.json().at("/data/stageName").asText()).isEqualTo("Main");
        assertThat(started.json().path("timestamp").asText()).isNotBlank();
        assertThat(started.body()).doesNotContain(key);

        organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv", csv("hook", 3));
        await("three attendee.created and import.finished", Duration.ofSeconds(30),
                () -> receiver.delivered("attendee.created").size() == 3 && !receiver.delivered("import.finished").isEmpty());
        assertThat(receiver.received()).allSatisfy(r -> assertThat(r.verified()).as(r.body()).isTrue());
        assertThat(receiver.received().stream().map(WebhookReceiver.Received::id).distinct().count())
                .as("each message its own webhook-id").isEqualTo(receiver.received().size());
        JsonNode finished = receiver.delivered("import.finished").get(0).json();
        assertThat(finished.at("/data/created").asInt()).isEqualTo(3);
        assertThat(finished.at("/data/status").asText()).isEqualTo("SUCCEEDED");

        // The receiver has each request before Marquee reads its answer and records the delivery: wait for the records.
        await("six deliveries recorded as answered", Duration.ofSeconds(15), () -> deliveries(webhookId).size() == 6
                && deliveries(webhookId).stream().noneMatch(d -> "SENDING".equals(d.path("status").asText())));
        List<JsonNode> deliveries = deliveries(webhookId);
        assertThat(deliveries).hasSize(6);
        deliveries.forEach(d -> {
            assertThat(d.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(d.get("attempts").asInt()).isEqualTo(1);
            assertThat(d.get("lastStatus").asInt()).isEqualTo(200);
        });
    }

    /** The webhook's deliveries, leaving out stream.warnings: the encoder coach may find something to say about a test stream. */
    private List<JsonNode> deliveries(long webhookId) {
        List<JsonNode> deliveries = new ArrayList<>();
        organizer.get("/api/v1/webhooks/" + webhookId + "/deliveries").json().forEach(d -> {
            if (!"stream.warnings".equals(d.path("type").asText())) {
                deliveries.add(d);
            }
        });
        return deliveries;
    }

    @Test
    void anEncoderWarningIsAnnouncedWhileTheStreamIsLive() {
        long eventId = event("TICKETED");
        long stageId = rtmpStage(eventId);
        WebhookReceiver receiver = receiver();
        register(receiver, eventId, List.of("stream.warnings"));
        String key = organizer.get("/api/v1/stages/" + stageId).json().at("/ingest/streamKey").asText();
        Path log = server.workDir().resolve("ffmpeg-" + UUID.randomUUID() + ".log");
        // no audio: the coach says so within its 10 s window
        publishers.add(Ffmpeg.publishWithGop("rtmp://127.0.0.1:" + server.rtmpPort() + "/live/" + key, 20, 25, false, log));
        await("stream.warnings naming no_audio", Duration.ofSeconds(40), () -> receiver.delivered("stream.warnings").stream()
                .anyMatch(r -> r.json().at("/data/warnings").toString().contains("no_audio")));
        WebhookReceiver.Received warned = receiver.delivered("stream.warnings").get(0);
        assertThat(warned.verified()).as("signature of " + warned).isTrue();
        assertThat(warned.json().at("/data/stageId").asLong()).isEqualTo(stageId);
        assertThat(warned.body()).doesNotContain(key);
        assertThat(receiver.received()).as("only the subscribed type").allSatisfy(r ->
                assertThat(r.json().path("type").asText()).isEqualTo("stream.warnings"));
    }

    @Test
    void aReceiverThatIsDownGetsTheMessageOnceItIsBackAndResendSendsItAgain() {
        long eventId = event("TICKETED");
        WebhookReceiver failing = receiver().answering(503);
        long failingId = register(failing, eventId, List.of("attendee.created")).get("id").asLong();
        WebhookReceiver closed = receiver();
        long closedId = register(closed, eventId, List.of("attendee.created")).get("id").asLong();
        closed.stop();

        organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv", csv("down", 1));
        await("two attempts were refused", Duration.ofSeconds(30), () -> failing.received().size() >= 2
                && organizer.get("/api/v1/webhooks/" + closedId + "/deliveries").json().path(0).path("attempts").asInt() >= 2);
        JsonNode pending = organizer.get("/api/v1/webhooks/" + failingId + "/deliveries").json().get(0);
        assertThat(pending.get("status").asText()).isIn("PENDING", "SENDING");
        assertThat(pending.get("lastStatus").asInt()).isEqualTo(503);
        JsonNode unreachable = organizer.get("/api/v1/webhooks/" + closedId + "/deliveries").json().get(0);
        assertThat(unreachable.get("lastStatus").isNull()).isTrue();
        assertThat(unreachable.get("lastError").asText()).isNotBlank();

        failing.answering(200);
        closed.start();
        await("both got it", Duration.ofSeconds(30),
                () -> failing.delivered("attendee.created").size() == 1 && closed.delivered("attendee.created").size() == 1);
        assertThat(failing.received().stream().map(WebhookReceiver.Received::id).distinct())
                .as("every attempt carries the same webhook-id").hasSize(1);
        assertThat(failing.delivered("attendee.created").get(0).verified()).isTrue();
        assertThat(closed.delivered("attendee.created").get(0).verified()).isTrue();

        await("the delivery recorded as answered", Duration.ofSeconds(15), () -> "DELIVERED".equals(
                organizer.get("/api/v1/webhooks/" + failingId + "/deliveries").json().path(0).path("status").asText()));
        JsonNode delivered = organizer.get("/api/v1/webhooks/" + failingId + "/deliveries").json().get(0);
        Api.Reply resend = organizer.post("/api/v1/webhooks/" + failingId + "/deliveries/" + delivered.get("id").asLong()
                + "/resend", Map.of());
        assertThat(resend.status()).isEqualTo(202);
        await("the resent message arrived", Duration.ofSeconds(20), () -> failing.delivered("attendee.created").size() == 2);
        assertThat(failing.delivered("attendee.created").get(1).id()).isEqualTo(delivered.get("messageId").asText());
    }

    @Test
    void aServerKilledWhileAMessageIsInFlightSendsItAfterTheRestart() {
        long eventId = event("TICKETED");
        WebhookReceiver slow = receiver().delaying(4000);
        register(slow, eventId, List.of("attendee.created"));
        organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv", csv("kill", 1));
        await("the message is in flight", Duration.ofSeconds(20), () -> slow.requestsStarted() >= 1);
        server.kill();
        slow.delaying(0);
        server.start();
        await("the message was delivered after the restart", Duration.ofSeconds(60),
                () -> slow.received().size() >= 2);
        List<WebhookReceiver.Received> got = slow.received();
        assertThat(got.stream().map(WebhookReceiver.Received::id).distinct()).as("the same message each time").hasSize(1);
        assertThat(got).allSatisfy(r -> assertThat(r.verified()).isTrue());
        organizer = new Api(server).login(EMAIL, PASSWORD);
    }

    @Test
    void aSessionStartingIsAnnouncedOnce() {
        long eventId = event("PUBLIC");
        long stageId = rtmpStage(eventId);
        WebhookReceiver receiver = receiver();
        register(receiver, eventId, List.of("session.started"));
        Instant startsAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3);
        Api.Reply session = organizer.post("/api/v1/stages/" + stageId + "/sessions", Map.of("title", "Keynote",
                "speakers", List.of("Ada"), "startsAt", startsAt.toString(), "endsAt", startsAt.plusSeconds(3600).toString()));
        assertThat(session.status()).as(session.raw().body()).isIn(200, 201);
        await("session.started arrived", Duration.ofSeconds(30), () -> !receiver.delivered("session.started").isEmpty());
        MarqueeServer.sleep(4000);
        assertThat(receiver.delivered("session.started")).hasSize(1);
        JsonNode data = receiver.delivered("session.started").get(0).json().get("data");
        assertThat(data.get("title").asText()).isEqualTo("Keynote");
        assertThat(Instant.parse(data.get("startsAt").asText())).isEqualTo(startsAt);
    }

    @Test
    void internalAddressesAndOutsidersAreRefused() {
        long eventId = event("TICKETED");
        Api.Reply internal = organizer.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hooks",
                "events", List.of("*"), "eventId", eventId));
        assertThat(internal.status()).isEqualTo(400);
        assertThat(internal.json().get("detail").asText()).contains("marquee.outbound.allow");
        Api.Reply unknownType = organizer.post("/api/v1/webhooks", Map.of("url", receiver().url(),
                "events", List.of("stream.exploded"), "eventId", eventId));
        assertThat(unknownType.status()).isEqualTo(400);
        Api.Reply ftp = organizer.post("/api/v1/webhooks", Map.of("url", "ftp://example.org/x", "events", List.of("*")));
        assertThat(ftp.status()).isEqualTo(400);

        Api.Reply noCsrf = organizer.withoutCsrf().post("/api/v1/webhooks", Map.of("url", receiver().url(),
                "events", List.of("*"), "eventId", eventId));
        assertThat(noCsrf.status()).isEqualTo(403);

        Api anonymous = new Api(server);
        assertThat(anonymous.get("/api/v1/webhooks").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/webhooks", Map.of("url", "https://example.org/x", "events", List.of("*")))
                .status()).isIn(401, 403);
    }

    private WebhookReceiver receiver() {
        WebhookReceiver r = new WebhookReceiver();
        receivers.add(r);
        return r;
    }

    private JsonNode register(WebhookReceiver receiver, long eventId, List<String> events) {
        Api.Reply created = organizer.post("/api/v1/webhooks", Map.of("url", receiver.url(), "events", events,
                "eventId", eventId));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/webhooks/" + created.json().get("id").asLong());
        String secret = created.json().get("secret").asText();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        receiver.secret(secret);
        return created.json();
    }

    private long event(String access) {
        String slug = EventsApiContract.unique("hooks");
        return organizer.post("/api/v1/events", Map.of("slug", slug, "title", "Hooks " + slug, "timezone", "UTC",
                "access", access)).json().get("id").asLong();
    }

    private long rtmpStage(long eventId) {
        Api.Reply stage = organizer.post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", "main", "name", "Main", "provider", "rtmp", "settings", Map.of()));
        assertThat(stage.status()).as(stage.raw().body()).isEqualTo(201);
        return stage.json().get("id").asLong();
    }

    private static byte[] csv(String prefix, int buyers) {
        StringBuilder csv = new StringBuilder("Ticket ID,Email,First Name,Last Name\n");
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < buyers; i++) {
            csv.append(prefix).append('-').append(run).append('-').append(i).append(',').append(prefix).append(run)
                    .append(i).append("@example.org,Buyer,").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

}
