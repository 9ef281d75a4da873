package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests an organizer can aim (a ticket export's URL) reach only where they may: the shared server
 * allows 127.0.0.2 (where the test export servers listen) and nothing else inside, so an export on
 * 127.0.0.1 stands for an internal service. Neither the URL as saved, nor a redirect, nor another way
 * of writing the address gets there; what a foreign server answers never shows in an import's error or
 * rejected rows; and a stored API key does not follow the URL to another host.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class OutboundRequestsIT {

    private static ExportServer allowed;
    private static ExportServer otherOrigin;
    private static ExportServer internal;

    private MarqueeServer server;
    private Api organizer;

    @BeforeAll
    static void startExportServers() {
        allowed = new ExportServer();
        otherOrigin = new ExportServer();
        internal = ExportServer.on("127.0.0.1");
    }

    @AfterAll
    static void stopExportServers() {
        allowed.close();
        otherOrigin.close();
        internal.close();
    }

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** The same address as 127.0.0.1 written three other ways. */
    private static List<String> loopbackSpellings(int port, String path) {
        return List.of("http://127.0.0.1:" + port + path, "http://2130706433:" + port + path,
                "http://[::ffff:127.0.0.1]:" + port + path, "http://LOCALHOST:" + port + path);
    }

    @Test
    void anExportUrlOnAnInternalAddressIsRefusedWhenSavedHoweverItIsWritten() {
        long eventId = ticketedEvent();
        String path = "/" + unique("internal") + ".csv";
        internal.publish(path, csv("int-1,someone@example.org"));
        for (String url : loopbackSpellings(internal.port(), path)) {
            Api.Reply refused = organizer.post("/api/v1/events/" + eventId + "/ticket-sources", source(url, Map.of()));
            assertThat(refused.status()).as(url + ": " + refused.raw().body()).isEqualTo(400);
            assertThat(refused.json().get("fields").get(0).get("name").asText()).isEqualTo("exportUrl");
            assertThat(refused.json().get("fields").get(0).get("message").asText()).contains("marquee.outbound.allow");
        }
        MarqueeServer.sleep(3000); // a scheduled run, had a source been saved, would have started by now
        assertThat(internal.requests(path)).as("requests that reached the internal service").isZero();
    }

    @Test
    void aRedirectToAnInternalAddressIsRefusedHoweverItIsWritten() {
        String secret = "/" + unique("redirected") + ".csv";
        String marker = unique("MARKER-INTERNAL");
        internal.publish(secret, csv("int-1," + marker + "@example.org"));
        for (String target : loopbackSpellings(internal.port(), secret)) {
            long eventId = ticketedEvent();
            String url = allowed.redirect("/" + unique("hop") + ".csv", target);
            assertThat(addSource(eventId, url, Map.of()).status()).isEqualTo(201);
            JsonNode run = awaitRun(eventId);
            assertThat(run.get("status").asText()).as(target).isEqualTo("FAILED");
            assertThat(run.get("error").asText()).as(target).contains("redirect").contains("marquee.outbound.allow");
            assertThat(imports(eventId)).doesNotContain(marker);
        }
        assertThat(internal.requests(secret)).as("requests that reached the internal service").isZero();
    }

    @Test
    void whatAForeignServerAnswersIsNeverEchoed() {
        String json = unique("MARKER-JSON");
        JsonNode metadata = runOf(allowed.publish("/" + unique("meta") + ".json", "application/json",
                "{\"Code\": \"Success\", \"AccessKeyId\": \"" + json + "\", \"Token\": \"" + json + "\"}\n"), Map.of());
        assertThat(metadata.get("status").asText()).isEqualTo("FAILED");
        assertThat(metadata.get("error").asText()).contains("application/json").doesNotContain(json);

        String html = unique("MARKER-HTML");
        JsonNode page = runOf(allowed.publish("/" + unique("page") + ".csv", "text/csv",
                "<html><head><title>" + html + "</title></head><body>" + html + ", " + html + "</body></html>\n"
                        + html + "\n"), Map.of());
        assertThat(page.get("status").asText()).isEqualTo("FAILED");
        assertThat(page.get("error").asText()).contains("not a CSV header").doesNotContain(html);

        // A plain-text listing read with a column mapping that points at its first line: its later
        // lines become rows, which are rejected without their content.
        String line = unique("MARKER-LINE");
        JsonNode listing = runOf(allowed.publish("/" + unique("list") + ".txt", "text/plain",
                "ami-id\n" + line + "-2\n" + line + "-3\n"), Map.of("ticketId", "ami-id", "email", "ami-id"));
        assertThat(listing.get("rejectedCount").asInt()).isEqualTo(2);
        assertThat(listing.get("rejected").get(0).get("reason").asText()).contains("column 'ami-id'");

        String cell = unique("MARKER-CELL");
        JsonNode cells = runOf(allowed.publish("/" + unique("cells") + ".csv", csv(
                cell + "-dup," + unique("a") + "@example.org", cell + "-dup," + unique("b") + "@example.org",
                "t-2," + cell + "-not-an-email")), Map.of());
        assertThat(cells.get("rejectedCount").asInt()).isEqualTo(2);

        for (String marker : List.of(json, html, line, cell)) {
            assertThat(server.log()).doesNotContain(marker);
        }
    }

    @Test
    void aStoredApiKeyDoesNotFollowTheUrlToAnotherHost() {
        long eventId = ticketedEvent();
        String tag = unique("move");
        String first = allowed.publish("/" + tag + ".csv", csv(tag + "-1," + tag + "-1@example.org"));
        long sourceId = addSource(eventId, first, Map.of()).json().get("id").asLong();
        assertThat(awaitRun(eventId).get("status").asText()).isEqualTo("SUCCEEDED");

        // Another path on the same origin keeps the key.
        String moved = allowed.publish("/" + tag + "-moved.csv", csv(tag + "-1," + tag + "-1@example.org"));
        assertThat(organizer.put("/api/v1/ticket-sources/" + sourceId, Map.of("type", "weemss-csv",
                "settings", Map.of("exportUrl", moved))).status()).isEqualTo(200);
        assertThat(importNow(eventId).get("status").asText()).isEqualTo("SUCCEEDED");

        // Another origin with the masked key sent back: the key must be entered again.
        String path = "/" + tag + ".csv";
        String elsewhere = otherOrigin.publish(path, csv(tag + "-1," + tag + "-1@example.org"));
        Api.Reply masked = organizer.put("/api/v1/ticket-sources/" + sourceId, Map.of("type", "weemss-csv",
                "settings", Map.of("exportUrl", elsewhere, "headers", Map.of("X-API-Key", "********"))));
        assertThat(masked.status()).as(masked.raw().body()).isEqualTo(400);
        assertThat(masked.json().get("fields").get(0).get("name").asText()).isEqualTo("headers");

        // Another origin with the headers left out: saved without the key, which the new host never sees.
        Api.Reply omitted = organizer.put("/api/v1/ticket-sources/" + sourceId, Map.of("type", "weemss-csv",
                "settings", Map.of("exportUrl", elsewhere)));
        assertThat(omitted.status()).as(omitted.raw().body()).isEqualTo(200);
        assertThat(omitted.raw().body()).doesNotContain("X-API-Key");
        assertThat(importNow(eventId).get("status").asText()).isEqualTo("FAILED");
        assertThat(otherOrigin.keysSent(path)).isNotEmpty().doesNotContain(ExportServer.API_KEY);
    }

    @Test
    void theApiKeyIsSentOnlyToItsOwnOriginWhenTheExportRedirects() {
        String tag = unique("hop");
        String target = "/" + tag + ".csv";
        otherOrigin.publish(target, csv(tag + "-1," + tag + "-1@example.org"));
        JsonNode crossOrigin = runOf(allowed.redirect("/" + tag + "-away.csv", otherOrigin.url(target)), Map.of());
        assertThat(crossOrigin.get("status").asText()).isEqualTo("FAILED");
        assertThat(otherOrigin.keysSent(target)).isNotEmpty().containsOnly("");

        allowed.publish(target, csv(tag + "-2," + tag + "-2@example.org"));
        JsonNode sameOrigin = runOf(allowed.redirect("/" + tag + "-here.csv", allowed.url(target)), Map.of());
        assertThat(sameOrigin.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(sameOrigin.get("created").asInt()).isEqualTo(1);
    }

    private long ticketedEvent() {
        return organizer.post("/api/v1/events", event(unique("out"), "TICKETED")).json().get("id").asLong();
    }

    private static Map<String, Object> source(String url, Map<String, String> columns) {
        return Map.of("type", "weemss-csv", "settings", Map.of("exportUrl", url, "columns", columns,
                "headers", Map.of("X-API-Key", ExportServer.API_KEY)));
    }

    private Api.Reply addSource(long eventId, String url, Map<String, String> columns) {
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/ticket-sources", source(url, columns));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created;
    }

    /** A new event with one source reading {@code url}, and that source's first (scheduled) run. */
    private JsonNode runOf(String url, Map<String, String> columns) {
        long eventId = ticketedEvent();
        addSource(eventId, url, columns);
        JsonNode run = awaitRun(eventId);
        return run;
    }

    private String imports(long eventId) {
        return organizer.get("/api/v1/events/" + eventId + "/imports").raw().body();
    }

    private JsonNode awaitRun(long eventId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode run : organizer.get("/api/v1/events/" + eventId + "/imports").json()) {
                if (!"RUNNING".equals(run.get("status").asText())) {
                    return run;
                }
            }
            MarqueeServer.sleep(300);
        }
        throw new AssertionError("No finished import of event " + eventId);
    }

    /** "Import now", waiting while a scheduled run holds the event's lock. */
    private JsonNode importNow(long eventId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Api.Reply reply = organizer.post("/api/v1/events/" + eventId + "/imports", Map.of());
            if (reply.status() != 409 || Instant.now().isAfter(deadline)) {
                assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
                return reply.json();
            }
            MarqueeServer.sleep(300);
        }
    }

    private static String csv(String... rows) {
        return "Ticket ID,Email\n" + String.join("\n", rows) + "\n";
    }
}
