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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;

import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Marquee without a mail server, as a fresh installation is: the console says so where access codes
 * matter, the mail status says configured=false, a test mail is refused with what to set, and an
 * organizer hands a code over by showing a new one (which signs the attendee in; the old one stops
 * working). Only organizers reach any of it. (The shared servers all have mail, so this one is its own.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailNotConfiguredIT {

    private static MarqueeServer server;
    private static Api organizer;
    private static Browser browser;
    private static long eventId;

    @RegisterExtension
    static final TestExecutionExceptionHandler EVIDENCE = Console.evidence(() -> browser);

    @BeforeAll
    static void start() {
        server = new MarqueeServer(MarqueeServer.newWorkDir("no-mail"), Map.of(
                "MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL,
                "MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MARQUEE_DEMO", "false")).start();
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        eventId = organizer.post("/api/v1/events", EventsApiContract.event(EventsApiContract.unique("nomail"), "TICKETED"))
                .json().get("id").asLong();
        Attendees.upload(organizer, eventId, "nomail", "paid", "Ada", "Grace");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void theStatusSaysMailIsNotConfiguredAndTheCodeMailsWait() {
        Api.Reply status = organizer.get("/api/v1/mail/status");
        assertThat(status.status()).isEqualTo(200);
        JsonNode json = status.json();
        assertThat(json.get("configured").asBoolean()).isFalse();
        assertThat(json.get("server").isNull()).isTrue();
        assertThat(json.get("pending").asLong()).as("the two code mails wait").isEqualTo(2);
        assertThat(json.get("failed").asLong()).isZero();
        assertThat(json.get("lastSentAt").isNull()).isTrue();
        assertThat(json.get("from").asText()).contains("no-reply@");
    }

    @Test
    @Order(2)
    void aTestMailIsRefusedWithWhatToSet() {
        Api.Reply refused = organizer.post("/api/v1/mail/test", Map.of("to", "someone@example.org"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).isEqualTo("mail_not_configured");
        assertThat(refused.json().get("detail").asText()).contains("marquee.mail.smtp.host");
        assertThat(organizer.post("/api/v1/mail/test", Map.of("to", "not an address")).status()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void anOrganizerShowsANewCodeThatSignsInWhileTheOldOneStopsWorking() {
        long ada = attendeeId("Ada");
        Api.Reply first = organizer.post("/api/v1/attendees/" + ada + "/access-code?delivery=show", Map.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).contains("no-store");
        String code = first.json().get("code").asText();
        assertThat(code).matches(TestMailServer.CODE.pattern());
        assertThat(first.json().get("signInLink").asText()).contains("/login?next=%2Fe%2F").endsWith("#code=" + code);
        assertThat(first.json().get("expiresAt").asText()).isNotBlank();
        assertThat(signIn(code).status()).isEqualTo(200);

        String second = organizer.post("/api/v1/attendees/" + ada + "/access-code?delivery=show", Map.of())
                .json().get("code").asText();
        Api.Reply old = signIn(code);
        assertThat(old.status()).as("the code shown before").isEqualTo(401);
        assertThat(old.json().get("detail").asText()).containsIgnoringCase("replaced");
        assertThat(signIn(second).status()).isEqualTo(200);

        assertThat(organizer.get("/api/v1/mail/status").json().get("pending").asLong())
                .as("showing a code mails nothing, and withdraws the waiting mail with the replaced code").isEqualTo(1);
        JsonNode listed = attendee("Ada");
        assertThat(listed.get("emailStatus").asText()).isEqualTo("WITHDRAWN");
        assertThat(listed.get("emailError").asText()).contains("a newer code replaced");
        assertThat(server.log()).as("a shown code is never logged").doesNotContain(code).doesNotContain(second);

        assertThat(organizer.post("/api/v1/attendees/" + ada + "/access-code?delivery=fax", Map.of()).status())
                .isEqualTo(400);
        assertThat(organizer.post("/api/v1/attendees/" + ada + "/access-code", Map.of()).status())
                .as("the default still mails (into the outbox here)").isEqualTo(202);
        assertThat(organizer.get("/api/v1/mail/status").json().get("pending").asLong()).isEqualTo(2);
        assertThat(attendee("Ada").get("emailStatus").asText()).isEqualTo("PENDING");
    }

    @Test
    @Order(4)
    void onlyOrganizersSeeTheStatusSendTestMailsOrShowCodes() {
        long grace = attendeeId("Grace");
        Api attendee = new Api(server);
        String code = organizer.post("/api/v1/attendees/" + grace + "/access-code?delivery=show", Map.of())
                .json().get("code").asText();
        assertThat(attendee.post("/api/v1/auth/access-code", Map.of("code", code)).status()).isEqualTo(200);
        Api anonymous = new Api(server);
        for (Api caller : new Api[] {anonymous, attendee}) {
            int expected = caller == anonymous ? 401 : 403;
            assertThat(caller.get("/api/v1/mail/status").status()).isEqualTo(expected);
            assertThat(caller.post("/api/v1/mail/test", Map.of("to", "someone@example.org")).status()).isEqualTo(expected);
            Api.Reply show = caller.post("/api/v1/attendees/" + grace + "/access-code?delivery=show", Map.of());
            assertThat(show.status()).isEqualTo(expected);
            assertThat(show.raw().body()).doesNotContainPattern(TestMailServer.CODE);
        }
        assertThat(attendee.get("/api/v1/auth/session").json().get("signedIn").asBoolean())
                .as("the attendee's own code still works: nobody else could replace it").isTrue();
    }

    @Test
    @Order(5)
    void theConsoleSaysMailIsNotConfiguredAndShowsACodeOnce() {
        browser = Console.signedIn(server);
        browser.find(By.linkText("Mail"));
        browser.go("/admin#/events/" + eventId + "/attendees");
        assertThat(browser.find(By.cssSelector("[data-mail-banner]")).getText())
                .contains("Mail is not configured", "marquee.mail.smtp.host", "Show a new code");
        browser.find(By.xpath("//td[normalize-space(.)='" + Attendees.email("nomail", "Ada") + "']"));
        browser.screenshot("20-mail-not-configured");

        browser.click(By.cssSelector("button[aria-label='Show a new code for " + Attendees.email("nomail", "Ada") + "']"));
        assertThat(browser.find(By.cssSelector("dialog[open]")).getText()).contains("current code stops working");
        browser.click(By.xpath("//dialog//button[normalize-space(.)='Show a new code']"));
        String code = browser.find(By.id("shown-code")).getAttribute("value");
        assertThat(code).matches(TestMailServer.CODE.pattern());
        assertThat(browser.find(By.id("shown-link")).getAttribute("value")).endsWith("#code=" + code);
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("show-code-title");
        browser.click(By.xpath("//dialog//button[normalize-space(.)='Copy code']"));
        browser.waitForText("The code is copied.");
        browser.screenshot("21-show-code");
        assertThat(signIn(code).status()).as("the code the console showed").isEqualTo(200);
        browser.click(By.xpath("//dialog//button[normalize-space(.)='Done']"));

        browser.go("/admin#/events/" + eventId + "/tickets");
        assertThat(browser.find(By.cssSelector("[data-mail-banner]")).getText()).contains("Mail is not configured");
        browser.screenshot("22-tickets-mail-banner");

        browser.go("/admin#/mail");
        assertThat(browser.find(By.cssSelector("[data-mail-state]")).getText()).contains("not configured");
        assertThat(browser.find(By.tagName("main")).getText()).contains("marquee.mail.smtp.host", "MARQUEE_MAIL_SMTP_HOST");
        assertThat(browser.find(By.xpath("//button[normalize-space(.)='Send test mail']")).isEnabled()).isFalse();
        assertThat(browser.find(By.cssSelector("label[for=test-mail-to]")).getText()).contains("Send it to");
        browser.screenshot("23-mail-status-not-configured");
    }

    private static Api.Reply signIn(String code) {
        return new Api(server).post("/api/v1/auth/access-code", Map.of("code", code));
    }

    private static long attendeeId(String firstName) {
        return attendee(firstName).get("id").asLong();
    }

    /** The attendee as the organizer's list shows them. */
    private static JsonNode attendee(String firstName) {
        String email = Attendees.email("nomail", firstName);
        for (JsonNode a : organizer.get("/api/v1/events/" + eventId + "/attendees").json()) {
            if (email.equalsIgnoreCase(a.get("email").asText())) {
                return a;
            }
        }
        throw new AssertionError("No attendee " + email);
    }
}
