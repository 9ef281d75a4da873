package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From ticket export to watching: the export (served locally, API key required) is imported on
 * schedule and on demand, buyers get their access code by email (a real SMTP server), the code signs
 * them in and admits them to the ticketed stage; refunds revoke at once. Run once per database.
 */
@ExtendWith(ServerExtension.class)
abstract class TicketsToAccessCodesContract {

    private static ExportServer exports;

    private MarqueeServer server;
    private TestMailServer mail;
    private Api organizer;

    @BeforeAll
    static void startExportServer() {
        exports = new ExportServer();
    }

    @AfterAll
    static void stopExportServer() {
        exports.close();
    }

    @BeforeEach
    void connect(MarqueeServer shared, TestMailServer smtp) {
        server = shared;
        mail = smtp;
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A ticketed event with one stage: its id and the stage's id. */
    private long[] ticketedEvent() {
        long eventId = organizer.post("/api/v1/events", event(unique("hack"), "TICKETED")).json().get("id").asLong();
        long stageId = organizer.post("/api/v1/events/" + eventId + "/stages", Map.of("slug", "main", "name", "Main",
                "provider", "external", "settings", Map.of("url", "https://cdn.example/main.m3u8"))).json()
                .get("id").asLong();
        return new long[] {eventId, stageId};
    }

    private long addSource(long eventId, String url) {
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/ticket-sources", Map.of("type", "weemss-csv",
                "settings", Map.of("exportUrl", url, "headers", Map.of("X-API-Key", ExportServer.API_KEY))));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode awaitRun(long eventId, String trigger) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode run : organizer.get("/api/v1/events/" + eventId + "/imports").json()) {
                if (trigger.equals(run.get("trigger").asText()) && !"RUNNING".equals(run.get("status").asText())) {
                    return run;
                }
            }
            MarqueeServer.sleep(300);
        }
        throw new AssertionError("No finished " + trigger + " import of event " + eventId);
    }

    private static String csv(String... rows) {
        return "Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date\n"
                + String.join("\n", rows) + "\n";
    }

    @Test
    void buyersAreImportedOnScheduleMailedACodeAndAdmitted() {
        long[] ids = ticketedEvent();
        String tag = unique("t");
        String ada = tag + "-ada@example.org";
        String alan = tag + "-alan@example.org";
        String url = exports.publish("/" + tag + ".csv", csv(
                tag + "-1,O-1,Ada,Lovelace," + ada + ",Full pass,paid,2026-05-04 10:00:00",
                tag + "-2,O-2,Alan,Turing," + alan + ",Day pass,paid,2026-05-04 11:00:00",
                tag + "-3,O-3,No,Mail,not-an-address,Day pass,paid,"));
        long sourceId = addSource(ids[0], url);

        JsonNode scheduled = awaitRun(ids[0], "SCHEDULE");
        assertThat(scheduled.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(scheduled.get("rowsRead").asInt()).isEqualTo(3);
        assertThat(scheduled.get("created").asInt()).isEqualTo(2);
        assertThat(scheduled.get("rejected").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(scheduled.get("rejected").get(0).get("reason").asText()).contains("column 'Email' is not a valid address");

        String code = mail.awaitCode(ada, 1);
        Api attendee = new Api(server);
        Api.Reply signIn = attendee.post("/api/v1/auth/access-code",
                Map.of("code", code.toLowerCase().replace("-", " ")));
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.json().get("roles").toString()).contains("VIEWER");
        assertThat(attendee.get("/api/v1/stages/" + ids[1] + "/playback").status()).isEqualTo(200);
        assertThat(new Api(server).get("/api/v1/stages/" + ids[1] + "/playback").status()).isEqualTo(401);

        JsonNode again = organizer.post("/api/v1/events/" + ids[0] + "/imports", Map.of()).json();
        assertThat(again.get("trigger").asText()).isEqualTo("MANUAL");
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(mail.mailsTo(ada)).hasSize(1);

        JsonNode attendees = organizer.get("/api/v1/events/" + ids[0] + "/attendees").json();
        assertThat(attendees.findValuesAsText("email")).containsExactlyInAnyOrder(ada, alan);
        mail.awaitMails(alan, 1);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!organizer.get("/api/v1/events/" + ids[0] + "/attendees").json().findValuesAsText("emailStatus")
                .stream().allMatch("SENT"::equals) && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(200);
        }
        assertThat(organizer.get("/api/v1/events/" + ids[0] + "/attendees").json().findValuesAsText("emailStatus"))
                .containsOnly("SENT");

        String shown = organizer.get("/api/v1/ticket-sources/" + sourceId).raw().body();
        assertThat(shown).doesNotContain(ExportServer.API_KEY).contains("\"X-API-Key\":\"********\"");
        assertThat(server.log()).doesNotContain(ExportServer.API_KEY).doesNotContain(code);
    }

    @Test
    void aRefundRevokesAccessAtOnce() {
        long[] ids = ticketedEvent();
        String tag = unique("r");
        String buyer = tag + "@example.org";
        String path = "/" + tag + ".csv";
        long sourceId = addSource(ids[0], exports.publish(path, csv(tag + "-1,O-1,Rita,Refund," + buyer + ",Full,paid,")));
        awaitRun(ids[0], "SCHEDULE");
        String code = mail.awaitCode(buyer, 1);
        Api attendee = new Api(server);
        assertThat(attendee.post("/api/v1/auth/access-code", Map.of("code", code)).status()).isEqualTo(200);
        assertThat(attendee.get("/api/v1/stages/" + ids[1] + "/playback").status()).isEqualTo(200);

        exports.publish(path, csv(tag + "-1,O-1,Rita,Refund," + buyer + ",Full,Refunded,"));
        JsonNode run = organizer.post("/api/v1/events/" + ids[0] + "/imports", Map.of()).json();
        assertThat(run.get("cancelled").asInt()).isEqualTo(1);

        assertThat(attendee.get("/api/v1/stages/" + ids[1] + "/playback").status()).isEqualTo(401);
        assertThat(attendee.get("/api/v1/auth/session").json().get("endedReason").asText()).isEqualTo("ticket_cancelled");
        Api.Reply again = new Api(server).post("/api/v1/auth/access-code", Map.of("code", code));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.json().get("error").asText()).isEqualTo("code_revoked");
        assertThat(organizer.get("/api/v1/events/" + ids[0] + "/attendees").json().get(0).get("status").asText())
                .isEqualTo("REVOKED");
        assertThat(sourceId).isPositive();
    }

    @Test
    void anOrganizerSendsANewCodeAndTheOldOneSaysItWasReplaced() {
        long[] ids = ticketedEvent();
        String tag = unique("n");
        String buyer = tag + "@example.org";
        Api.Reply upload = organizer.postAs("/api/v1/events/" + ids[0] + "/imports", "text/csv",
                csv(tag + "-1,O-1,Nina,New," + buyer + ",Full,paid,").getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(200);
        String first = mail.awaitCode(buyer, 1);
        long attendeeId = organizer.get("/api/v1/events/" + ids[0] + "/attendees").json().get(0).get("id").asLong();

        assertThat(organizer.post("/api/v1/attendees/" + attendeeId + "/access-code", Map.of()).status()).isEqualTo(202);
        String second = mail.awaitCode(buyer, 2);
        assertThat(second).isNotEqualTo(first);
        Api.Reply old = new Api(server).post("/api/v1/auth/access-code", Map.of("code", first));
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.json().get("error").asText()).isEqualTo("code_replaced");
        assertThat(new Api(server).post("/api/v1/auth/access-code", Map.of("code", second)).status()).isEqualTo(200);
    }

    @Test
    void anUploadedFileWithBomAndSemicolonsImportsAndAChangedNameUpdates() {
        long eventId = ticketedEvent()[0];
        String tag = unique("u");
        String body = "Ticket ID;Email;Name;Status\r\n" + tag + "-1;" + tag + "-a@example.org;\"Lovelace; Ada\";paid\r\n"
                + tag + "-2;;Nobody;paid\r\n";
        byte[] bytes = ("\uFEFF" + body).getBytes(StandardCharsets.UTF_8);
        JsonNode run = organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv", bytes).json();
        assertThat(run.get("trigger").asText()).isEqualTo("UPLOAD");
        assertThat(run.get("created").asInt()).isEqualTo(1);
        assertThat(run.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(organizer.get("/api/v1/events/" + eventId + "/attendees").json().get(0).get("firstName").asText())
                .isEqualTo("Lovelace;");

        String renamed = "Ticket ID;Email;Name;Status\r\n" + tag + "-1;" + tag + "-a@example.org;Ada Lovelace;paid\r\n";
        JsonNode second = organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv",
                renamed.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(second.get("updated").asInt()).isEqualTo(1);
        assertThat(second.get("created").asInt()).isZero();
        JsonNode attendee = organizer.get("/api/v1/events/" + eventId + "/attendees").json().get(0);
        assertThat(attendee.get("displayName").asText()).isEqualTo("Ada Lovelace");
        assertThat(mail.mailsTo(tag + "-a@example.org")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aThirdDeviceSignsTheFirstOut() {
        long eventId = ticketedEvent()[0];
        String tag = unique("d");
        String buyer = tag + "@example.org";
        organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv",
                csv(tag + "-1,O-1,Dee,Vice," + buyer + ",Full,paid,").getBytes(StandardCharsets.UTF_8));
        String code = mail.awaitCode(buyer, 1);
        Api phone = new Api(server);
        Api laptop = new Api(server);
        Api friend = new Api(server);
        assertThat(phone.post("/api/v1/auth/access-code", Map.of("code", code)).status()).isEqualTo(200);
        assertThat(laptop.post("/api/v1/auth/access-code", Map.of("code", code)).status()).isEqualTo(200);
        assertThat(friend.post("/api/v1/auth/access-code", Map.of("code", code)).status()).isEqualTo(200);
        JsonNode phoneSession = phone.get("/api/v1/auth/session").json();
        assertThat(phoneSession.get("signedIn").asBoolean()).isFalse();
        assertThat(phoneSession.get("endedReason").asText()).isEqualTo("device_limit");
        assertThat(laptop.get("/api/v1/auth/session").json().get("signedIn").asBoolean()).isTrue();
        assertThat(friend.get("/api/v1/auth/session").json().get("signedIn").asBoolean()).isTrue();
    }

    @Test
    void anUnreachableOrRefusingExportFailsTheRunWithAReason() {
        long eventId = ticketedEvent()[0];
        assertThat(organizer.post("/api/v1/events/" + eventId + "/imports", Map.of()).status()).isEqualTo(409);
        String url = exports.publish("/" + unique("k") + ".csv", csv());
        organizer.post("/api/v1/events/" + eventId + "/ticket-sources", Map.of("type", "weemss-csv",
                "settings", Map.of("exportUrl", url, "headers", Map.of("X-API-Key", "wrong"))));
        JsonNode run = awaitRun(eventId, "SCHEDULE");
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("error").asText()).contains("401");
    }

    @Test
    void theLoginPageTheMailLinksToIsServed() {
        Api.Reply page = new Api(server).get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(/assets/login-[^\"]+\\.js)\"")
                .matcher(page.raw().body());
        assertThat(script.find()).as("the sign-in page's script in " + page.raw().body()).isTrue();
        assertThat(new Api(server).get(script.group(1)).raw().body()).contains("/auth/access-code");
    }

    @Test
    void ticketAdministrationIsForOrganizersOnly() {
        long eventId = ticketedEvent()[0];
        Api visitor = new Api(server);
        assertThat(visitor.get("/api/v1/events/" + eventId + "/ticket-sources").status()).isEqualTo(401);
        assertThat(visitor.post("/api/v1/events/" + eventId + "/imports", Map.of()).status()).isEqualTo(401);
        assertThat(visitor.get("/api/v1/events/" + eventId + "/imports").status()).isEqualTo(401);
        Api.Reply invalid = organizer.post("/api/v1/events/" + eventId + "/ticket-sources",
                Map.of("type", "weemss-csv", "settings", Map.of("exportUrl", "ftp://nope")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("fields").get(0).get("name").asText()).isEqualTo("exportUrl");
    }

    @Test
    void guessingCodesIsThrottledPerAddress() {
        // From 127.0.0.2, so this address's budget is not the one the other tests use.
        java.net.URI signIn = server.uri("/api/v1/auth/access-code");
        for (int i = 0; i < 10; i++) {
            RawHttp.Answer wrong = RawHttp.postJson("127.0.0.2", signIn, "{\"code\":\"AAAAA-BBBBB-CCCC" + (i % 8 + 2) + "\"}");
            assertThat(wrong.status()).isEqualTo(401);
        }
        RawHttp.Answer throttled = RawHttp.postJson("127.0.0.2", signIn, "{\"code\":\"AAAAA-BBBBB-CCCCC\"}");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 60);
        Api.Reply fromElsewhere = new Api(server).post("/api/v1/auth/access-code", Map.of("code", "AAAAA-BBBBB-CCCCC"));
        assertThat(fromElsewhere.status()).as("other addresses are not throttled").isEqualTo(401);
    }
}
