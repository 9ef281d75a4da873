package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail status and the test mail on the shared server, which sends to GreenMail over TLS: the status
 * names the server and its security (never the login), a test mail arrives and becomes the last send,
 * the outbox drains, the console shows it all, and test mails are limited to a few a minute.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailStatusIT {

    private static final String TO = "mail-status-" + Long.toString(System.nanoTime(), 36) + "@example.org";

    private static Api organizer;
    private static Browser browser;

    @RegisterExtension
    static final TestExecutionExceptionHandler EVIDENCE = Console.evidence(() -> browser);

    @BeforeAll
    static void signIn(MarqueeServer server) {
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theStatusNamesTheServerAndItsSecurity(TestMailServer mail) {
        JsonNode status = organizer.get("/api/v1/mail/status").json();
        assertThat(status.get("configured").asBoolean()).isTrue();
        assertThat(status.get("server").asText()).isEqualTo("127.0.0.1:" + mail.port());
        assertThat(status.get("security").asText()).isEqualTo("tls");
        assertThat(status.get("from").asText()).isEqualTo("HackConf <tickets@marquee.test>");
        assertThat(status.toString()).doesNotContainIgnoringCase("password").doesNotContain("trust");
    }

    @Test
    @Order(2)
    void aTestMailArrivesAndIsTheLastSend(TestMailServer mail) {
        Instant before = Instant.now().minusSeconds(1);
        Api.Reply sent = organizer.post("/api/v1/mail/test", Map.of("to", TO));
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);
        assertThat(sent.json().get("to").asText()).isEqualTo(TO);
        List<Message> received = mail.awaitMails(TO, 1);
        String body = GreenMailUtil.getWholeMessage(received.get(0));
        assertThat(body).contains("Marquee test mail", "test mail from Marquee", ADMIN_EMAIL);
        assertThat(body).doesNotContainPattern(TestMailServer.CODE);

        JsonNode status = awaitStatus(s -> s.get("pending").asLong() == 0);
        assertThat(Instant.parse(status.get("lastSentAt").asText())).isAfter(before);
        assertThat(status.get("pending").asLong()).isZero();
    }

    @Test
    @Order(3)
    void theConsoleShowsTheStatusAndSendsATestMail(MarqueeServer server, TestMailServer mail) {
        browser = Console.signedIn(server);
        browser.click(By.linkText("Mail"));
        assertThat(browser.find(By.cssSelector("[data-mail-state]")).getText()).contains("configured and going out");
        assertThat(browser.find(By.tagName("main")).getText()).contains("127.0.0.1:" + mail.port(), "(tls)");
        String to = "console-" + TO;
        browser.type(By.id("test-mail-to"), to).click(By.xpath("//button[normalize-space(.)='Send test mail']"));
        assertThat(browser.find(By.cssSelector("[data-test-mail-result]")).getText()).contains("took the test mail to " + to);
        mail.awaitMails(to, 1);
        assertThat(browser.find(By.cssSelector("[data-mail-last-sent]")).getText()).isNotEqualTo("never");
        browser.screenshot("24-mail-test-sent");
    }

    @Test
    @Order(4)
    void testMailsAreLimitedToAFewAMinute() {
        Api.Reply last = null;
        for (int i = 0; i < 6 && (last == null || last.status() == 200); i++) {
            last = organizer.post("/api/v1/mail/test", Map.of("to", "limit-" + TO));
        }
        assertThat(last.status()).as("after five test mails within a minute").isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
    }

    private static JsonNode awaitStatus(java.util.function.Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode status = null;
        while (Instant.now().isBefore(deadline)) {
            status = organizer.get("/api/v1/mail/status").json();
            if (condition.test(status)) {
                return status;
            }
            MarqueeServer.sleep(500);
        }
        throw new AssertionError("The mail status never matched; last: " + status);
    }
}
