package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new install on H2, as the README's run command makes it: no organizer configured, so a one-time
 * setup link is printed; the demo event is seeded; data survives a restart and the demo is not seeded
 * again. Ends with the sign-in rate limit, which would disturb other tests on a shared server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartAndRestartIT {

    private static final Pattern SETUP_LINK = Pattern.compile("/setup\\.html#token=([A-Za-z0-9_-]+)");
    private static final String EMAIL = "first@marquee.test";
    private static final String PASSWORD = "first-organizer-password";

    private static MarqueeServer server;
    private static String keptSlug;

    private static long keptStage;

    @BeforeAll
    static void firstStart() {
        server = new MarqueeServer(MarqueeServer.newWorkDir("first-start"), Map.of()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    @Order(1)
    void theDemoEventIsSeededWithThreeStagesAndASchedule() {
        Api visitor = new Api(server);
        JsonNode events = visitor.get("/api/v1/events").json();
        assertThat(events.findValuesAsText("slug")).containsExactly("demo");
        long demoId = events.get(0).get("id").asLong();
        assertThat(visitor.get("/api/v1/events/" + demoId + "/stages").json()).hasSize(3);
        JsonNode schedule = visitor.get("/api/v1/events/" + demoId + "/schedule").json();
        assertThat(schedule.get("stages")).hasSize(3);
        schedule.get("stages").forEach(stage -> assertThat(stage.get("sessions")).hasSize(3));
    }

    @Test
    @Order(2)
    void theSetupLinkFromTheLogCreatesTheFirstOrganizerOnce() {
        Matcher link = SETUP_LINK.matcher(server.log());
        assertThat(link.find()).as("setup link in the log").isTrue();
        String token = link.group(1);
        // Not hidden above the server's start-up lines: repeated, framed, after Payara says it is ready,
        // and with Payara's notices about its expired bundled certificates quieted.
        // Repeated 4 s and 30 s after it was first logged, so at least once after Payara's ready line even when a
        // loaded machine takes longer than 4 s to finish the deployment.
        String ready = ") ready in ";
        String repeated = "/setup.html#token=" + token;
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(45);
        while (!repeatedAfter(server.log(), ready, repeated) && java.time.Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(200);
        }
        String log = server.log();
        assertThat(log.lastIndexOf("/setup.html#token=" + token)).as("the link repeated after Payara's ready line")
                .isGreaterThan(log.indexOf(ready)).isGreaterThan(log.indexOf("/setup.html#token=" + token));
        assertThat(log).contains("|     http://").doesNotContain("NCLS-SECURITY-05054");

        Map<String, Object> wrong = Map.of("token", "not-the-token", "email", EMAIL, "password", PASSWORD);
        assertThat(new Api(server).post("/api/v1/setup", wrong).status()).isEqualTo(403);

        Api organizer = new Api(server);
        Api.Reply done = organizer.post("/api/v1/setup", Map.of("token", token, "email", EMAIL,
                "password", PASSWORD, "displayName", "First Organizer"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("roles").toString()).contains("ORGANIZER");

        Api.Reply reused = new Api(server).post("/api/v1/setup", Map.of("token", token, "email", "other@marquee.test",
                "password", PASSWORD));
        assertThat(reused.status()).isEqualTo(403);

        keptSlug = EventsApiContract.unique("kept");
        assertThat(organizer.post("/api/v1/events", EventsApiContract.event(keptSlug, "PUBLIC")).status())
                .isEqualTo(201);
        long keptEvent = organizer.get("/api/v1/events").json().findParents("slug").stream()
                .filter(e -> e.get("slug").asText().equals(keptSlug)).findFirst().orElseThrow().get("id").asLong();
        keptStage = organizer.post("/api/v1/events/" + keptEvent + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "external", "settings", Map.of("url", "https://example.org/live.m3u8"))).json().get("id").asLong();
        try (ChatClient guest = ChatClient.guest(server, keptStage, "Early bird")) {
            guest.say("said before the restart");
            guest.awaitMessage("said before the restart");
        }
        long demoId = organizer.get("/api/v1/events").json().findParents("slug").stream()
                .filter(e -> e.get("slug").asText().equals("demo")).findFirst().orElseThrow().get("id").asLong();
        assertThat(organizer.delete("/api/v1/events/" + demoId).status()).isEqualTo(204);
    }

    /** Whether the log has Payara's ready line and, after it, the repeated link. */
    private static boolean repeatedAfter(String log, String ready, String link) {
        int at = log.indexOf(ready);
        return at >= 0 && log.contains("Marquee is ready, and still has no organizer.") && log.lastIndexOf(link) > at;
    }

    @Test
    @Order(3)
    void aRestartKeepsTheDataAndDoesNotSeedTheDemoAgain() {
        server.stop();
        server.start();
        assertThat(server.log()).doesNotContain("setup.html#token=");
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        assertThat(organizer.get("/api/v1/events").json().findValuesAsText("slug")).containsExactly(keptSlug);
        try (ChatClient guest = ChatClient.guest(server, keptStage, "Late comer")) {
            JsonNode kept = guest.awaitMessage("said before the restart");
            assertThat(kept.at("/author/name").asText()).isEqualTo("Early bird");
        }
    }

    @Test
    @Order(4)
    void repeatedWrongPasswordsAreThrottled() {
        Api attacker = new Api(server);
        // The account's own limit comes first: five wrong guesses, then it waits (docs/security.md).
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.post("/api/v1/auth/login", Map.of("email", EMAIL, "password", "guess-" + i)).status())
                    .isEqualTo(401);
        }
        Api.Reply throttled = attacker.post("/api/v1/auth/login", Map.of("email", EMAIL, "password", PASSWORD));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("error").asText()).isEqualTo("too_many_requests");
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 60);
        assertThat(server.log()).doesNotContain(PASSWORD);
    }
}
