package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies above their limit (1 MiB by default; 64 MiB for a ticket CSV uploaded to an event) are
 * refused with 413 before they are read whole: a 64 MiB sign-in body, declared or chunked, is answered
 * while most of it has not even been sent. A ticket file between the two limits imports.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class RequestSizeLimitsIT {

    private static final long MIB = 1024 * 1024;
    private static final String CSV_HEADER = "Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date\n";

    private MarqueeServer server;

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
    }

    private BigRequest signIn(long size) {
        return new BigRequest(server.uri("/api/v1/auth/access-code"), "application/json", "{\"code\":\"", 'A', "\"}", size);
    }

    @Test
    void aDeclared64MiBSignInIsRefusedBeforeItsBodyIsRead() throws IOException {
        BigRequest.Answer answer = signIn(64 * MIB).send(false);
        assertTooLarge(answer);
        assertThat(answer.sentWhenAnswered()).as("body bytes sent before the answer").isLessThan(32 * MIB);
        assertThat(answer.took()).isLessThan(Duration.ofSeconds(10));
        assertThat(new Api(server).get("/health/ready").status()).isEqualTo(200);
    }

    @Test
    void aChunked64MiBSignInIsCutOffAtTheLimit() throws IOException {
        BigRequest.Answer answer = signIn(64 * MIB).send(true);
        assertTooLarge(answer);
        assertThat(answer.sentWhenAnswered()).as("body bytes sent before the answer").isLessThan(32 * MIB);
        assertThat(new Api(server).get("/health/ready").status()).isEqualTo(200);
    }

    @Test
    void aJsonBodyJustOverTheLimitIsRefusedAndOneUnderItIsRead() throws IOException {
        BigRequest.Answer over = signIn(MIB + 1).send(false);
        assertTooLarge(over);
        // Read whole and parsed: then refused for what it says (a code is at most 64 characters).
        BigRequest.Answer under = signIn(MIB).send(true);
        assertThat(under.status()).as(under.head() + under.body()).isEqualTo(400);
        assertThat(Api.JSON.readTree(under.body()).get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void aTicketFileBetweenTheTwoLimitsImports() {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long eventId = ticketedEvent(organizer);
        String tag = EventsApiContract.unique("big");
        String rows = CSV_HEADER + tag + "-1,O-1,Ada,Tester," + tag + "@example.org,Full,paid,\n";
        byte[] file = new byte[(int) (3 * MIB)];
        java.util.Arrays.fill(file, (byte) '\n');
        byte[] head = rows.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, file, 0, head.length);
        Api.Reply run = organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv", file);
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
        assertThat(run.json().get("created").asInt()).isEqualTo(1);
    }

    @Test
    void aTicketFileOverTheUploadLimitIsRefusedDeclaredOrChunked() throws IOException {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long eventId = ticketedEvent(organizer);
        String tag = EventsApiContract.unique("huge");
        String rows = CSV_HEADER + tag + "-1,O-1,Ada,Tester," + tag + "@example.org,Full,paid,\n";
        Map<String, String> auth = Map.of(
                "Cookie", organizer.cookieHeader() + "; XSRF-TOKEN=" + organizer.cookie("XSRF-TOKEN").orElseThrow().getValue(),
                "X-CSRF-Token", organizer.cookie("XSRF-TOKEN").orElseThrow().getValue());
        BigRequest file = new BigRequest(server.uri("/api/v1/events/" + eventId + "/imports"), "text/csv", rows, '\n',
                "", 128 * MIB).headers(auth);

        BigRequest.Answer declared = file.send(false);
        assertTooLarge(declared);
        assertThat(declared.sentWhenAnswered()).isLessThan(64 * MIB);
        JsonNode runs = organizer.get("/api/v1/events/" + eventId + "/imports").json();
        assertThat(runs).as("a declared file over the limit is not imported at all").isEmpty();

        BigRequest.Answer chunked = file.send(true);
        assertTooLarge(chunked);
        assertThat(chunked.sentWhenAnswered()).as("body bytes sent before the answer").isLessThan(100 * MIB);
    }

    private static long ticketedEvent(Api organizer) {
        return organizer.post("/api/v1/events", EventsApiContract.event(EventsApiContract.unique("limits"), "TICKETED"))
                .json().get("id").asLong();
    }

    private static void assertTooLarge(BigRequest.Answer answer) throws IOException {
        assertThat(answer.status()).as(answer.head() + answer.body()).isEqualTo(413);
        JsonNode body = Api.JSON.readTree(answer.body());
        assertThat(body.get("error").asText()).isEqualTo("too_large");
        assertThat(body.get("detail").asText()).contains("larger than");
    }
}
