package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server is killed (SIGKILL) in the middle of a big import while it is also sending the access
 * code mails; after a restart and a second import every buyer is an attendee exactly once and gets a
 * mail, and at most the one mail in flight at the kill is delivered twice (with the same Message-ID).
 */
abstract class CrashRecoveryContract {

    private static final int BUYERS = 4000;
    private static final String EMAIL = "crash-organizer@marquee.test";
    private static final String PASSWORD = "crash-organizer-password";

    private static TestMailServer mail;
    private static MarqueeServer server;

    /** Starts the server on the database of {@code databaseEnv}. */
    static void start(Map<String, String> databaseEnv) {
        mail = TestMailServer.start();
        Map<String, String> env = new HashMap<>(databaseEnv);
        env.put("MARQUEE_ADMIN_EMAIL", EMAIL);
        env.put("MARQUEE_ADMIN_PASSWORD", PASSWORD);
        env.put("MARQUEE_DEMO", "false");
        env.putAll(mail.env());
        // the import of 4,000 rows can take under a second: mails must start going out while it runs
        env.put("MARQUEE_MAIL_DISPATCH_INTERVAL", "PT0.1S");
        env.put("MARQUEE_MAIL_CLAIM_TIMEOUT", "PT5S");
        env.put("MARQUEE_TICKETS_IMPORT_LEASE", "PT5S");
        server = new MarqueeServer(MarqueeServer.newWorkDir("crash"), env).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        mail.close();
    }

    @Test
    void aKillMidImportAndMidSendLosesNothingAndDuplicatesNothingButTheMailInFlight() {
        Api organizer = new Api(server).login(EMAIL, PASSWORD);
        long eventId = organizer.post("/api/v1/events", EventsApiContract.event("crash", "TICKETED")).json()
                .get("id").asLong();
        StringBuilder csv = new StringBuilder("Ticket ID,Email,First Name,Last Name\n");
        for (int i = 0; i < BUYERS; i++) {
            csv.append("C-").append(i).append(",crash").append(i).append("@example.org,Buyer,").append(i).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        String imports = "/api/v1/events/" + eventId + "/imports";

        CompletableFuture.runAsync(() -> organizer.postAs(imports, "text/csv", file));
        awaitProgress(organizer, imports);
        server.kill();
        int beforeRestart = mail.received().size();

        server.start();
        Api again = new Api(server).login(EMAIL, PASSWORD);
        JsonNode rerun = importRetryingWhileLocked(again, imports, file);
        assertThat(rerun.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(rerun.get("created").asInt() + rerun.get("unchanged").asInt()).isEqualTo(BUYERS);
        assertThat(rerun.get("unchanged").asInt()).as("rows committed before the kill are kept").isPositive();
        JsonNode interrupted = again.get(imports).json().get(1);
        assertThat(interrupted.get("status").asText()).isEqualTo("FAILED");
        assertThat(interrupted.get("error").asText()).contains("interrupted");

        JsonNode attendees = again.get("/api/v1/events/" + eventId + "/attendees").json();
        assertThat(attendees).hasSize(BUYERS);
        attendees.forEach(a -> assertThat(a.get("tickets").asInt()).isEqualTo(1));

        awaitAllSent(again, eventId);
        List<Message> received = mail.received();
        Map<String, List<Message>> byRecipient = received.stream().collect(Collectors.groupingBy(TestMailServer::to));
        assertThat(byRecipient).as("every buyer got a mail").hasSize(BUYERS);
        List<List<Message>> repeated = byRecipient.values().stream().filter(l -> l.size() > 1).toList();
        assertThat(repeated).as("only the mail in flight at the kill may go twice").hasSizeLessThanOrEqualTo(1);
        repeated.forEach(l -> assertThat(l.stream().map(TestMailServer::messageId).distinct()).hasSize(1));
        assertThat(beforeRestart).as("the kill came while mails were going out").isPositive();
    }

    private static void awaitProgress(Api organizer, String imports) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode runs = organizer.get(imports).json();
            if (runs.size() > 0 && runs.get(0).get("rowsRead").asInt() >= 1000 && mail.received().size() > 0) {
                return;
            }
            MarqueeServer.sleep(50);
        }
        throw new AssertionError("The import made no progress");
    }

    private static JsonNode importRetryingWhileLocked(Api organizer, String imports, byte[] file) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = organizer.postAs(imports, "text/csv", file);
            if (reply.status() != 409) {
                assertThat(reply.status()).isEqualTo(200);
                return reply.json();
            }
            MarqueeServer.sleep(1000);
        }
        throw new AssertionError("The dead instance's import lock never lapsed");
    }

    /**
     * Waits while mails keep going out: the test is about none being lost, not about speed, and on two busy
     * cores 4,000 mails over TLS may take minutes. Fails once a minute passes with no mail sent.
     */
    private static void awaitAllSent(Api organizer, long eventId) {
        Instant hardDeadline = Instant.now().plus(Duration.ofMinutes(10));
        Instant stalledAfter = Instant.now().plus(Duration.ofSeconds(60));
        long sentBefore = -1;
        while (Instant.now().isBefore(hardDeadline) && Instant.now().isBefore(stalledAfter)) {
            List<String> states = organizer.get("/api/v1/events/" + eventId + "/attendees").json()
                    .findValuesAsText("emailStatus");
            long sent = states.stream().filter("SENT"::equals).count();
            if (states.size() == BUYERS && sent == BUYERS) {
                return;
            }
            if (sent > sentBefore) {
                sentBefore = sent;
                stalledAfter = Instant.now().plus(Duration.ofSeconds(60));
            }
            MarqueeServer.sleep(1000);
        }
        throw new AssertionError("Not every mail was sent in time: " + sentBefore + " of " + BUYERS + " sent");
    }
}
