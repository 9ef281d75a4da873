package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.platform.infrastructure.mail.StartTlsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail never leaves in clear text unless an operator says so. One Marquee of its own, configured the way
 * most installations were (a host, a port, a login, nothing about TLS), sends to a plain SMTP server
 * (GreenMail, which has no STARTTLS): it receives nothing, the attendee list says why and how to fix it,
 * and the log says so once. The same mails go out once a server with STARTTLS (SubEthaSMTP, the only one
 * of the two with STARTTLS) answers on that port, logged in over TLS only. Restarted with
 * {@code security=none}, Marquee sends in clear text. (TLS from the first byte is what every other
 * system test sends through: {@link TestMailServer}.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailTransportSecurityIT {

    private static final String LOGIN = "mailer";
    private static final String SMTP_PASSWORD = "smtp-password-not-for-logs";
    private static final String REFUSAL = "does not offer STARTTLS";

    private static TestMailServer plain;
    private static StartTlsServer startTls;
    private static MarqueeServer server;
    private static Api organizer;
    private static long eventId;
    private static int port;

    @BeforeAll
    static void start() {
        plain = TestMailServer.plain(0).withUser(LOGIN, SMTP_PASSWORD);
        port = plain.port();
        Map<String, String> env = new HashMap<>(Map.of(
                "MARQUEE_MAIL_SMTP_HOST", "127.0.0.1",
                "MARQUEE_MAIL_SMTP_PORT", String.valueOf(port),
                "MARQUEE_MAIL_SMTP_USERNAME", LOGIN,
                "MARQUEE_MAIL_SMTP_PASSWORD", SMTP_PASSWORD,
                "MARQUEE_MAIL_SMTP_TRUST_STORE", TestMailServer.certificates().caPem().toAbsolutePath().toString(),
                "MARQUEE_MAIL_FROM", "HackConf <tickets@marquee.test>",
                "MARQUEE_MAIL_DISPATCH_INTERVAL", "PT1S",
                "MARQUEE_ADMIN_EMAIL", ADMIN_EMAIL,
                "MARQUEE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "MARQUEE_DEMO", "false"));
        server = new MarqueeServer(MarqueeServer.newWorkDir("mail-security"), env).start();
        organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        eventId = organizer.post("/api/v1/events", EventsApiContract.event(EventsApiContract.unique("mail"), "TICKETED"))
                .json().get("id").asLong();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (plain != null) {
            plain.close();
        }
        if (startTls != null) {
            startTls.close();
        }
    }

    @Test
    @Order(1)
    void byDefaultAServerWithoutStartTlsGetsNothingAndTheOutboxSaysWhy() {
        Attendees.upload(organizer, eventId, "clear", "paid", "Ada");
        JsonNode ada = awaitAttendee(Attendees.email("clear", "Ada"), a -> a.path("emailError").asText().contains(REFUSAL));
        assertThat(ada.get("emailStatus").asText()).isEqualTo("PENDING");
        assertThat(ada.get("emailError").asText()).contains("marquee.mail.smtp.security=tls",
                "marquee.mail.smtp.security=none");
        assertThat(plain.received()).as("mails that reached the plain server").isEmpty();

        // A second mail while the refusal lasts: the server is asked again after a pause, still nothing.
        Attendees.upload(organizer, eventId, "clear", "paid", "Grace");
        awaitAttendee(Attendees.email("clear", "Grace"), a -> a.path("emailError").asText().contains(REFUSAL));
        assertThat(plain.received()).isEmpty();
        String log = server.log();
        assertThat(Pattern.compile(Pattern.quote(REFUSAL)).matcher(log).results().count())
                .as("the refusal is logged once, not per mail or per pass").isEqualTo(1);
        assertThat(log).doesNotContain(SMTP_PASSWORD);
    }

    @Test
    @Order(2)
    void theWaitingMailsGoOutOverStartTlsOnceTheServerOffersIt() {
        plain.close();
        plain = null;
        startTls = StartTlsServer.startTls(TestMailServer.serverKeyStore(), LOGIN, SMTP_PASSWORD, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (startTls.mails().size() < 2 && Instant.now().isBefore(deadline)) {
            MarqueeServer.sleep(500);
        }
        List<String> mails = startTls.mails().stream().map(m -> new String(m, StandardCharsets.UTF_8)).toList();
        assertThat(mails).hasSize(2);
        assertThat(String.join("\n", mails)).contains(Attendees.email("clear", "Ada"), Attendees.email("clear", "Grace"));
        assertThat(mails).allMatch(m -> TestMailServer.CODE.matcher(m).find());
        assertThat(startTls.logins()).isNotEmpty().allMatch(StartTlsServer.Login::overTls);
        awaitAttendee(Attendees.email("clear", "Ada"), a -> "SENT".equals(a.path("emailStatus").asText()));
        assertThat(server.log()).contains("meets the configured security now");
        assertThat(server.log()).doesNotContain(SMTP_PASSWORD);
    }

    @Test
    @Order(3)
    void clearTextWhenTheOperatorAsksForIt() {
        server.stop();
        startTls.close();
        startTls = null;
        TestMailServer clear = TestMailServer.plain(0);
        try {
            server.environment("MARQUEE_MAIL_SMTP_PORT", String.valueOf(clear.port()))
                    .environment("MARQUEE_MAIL_SMTP_SECURITY", "none")
                    .environment("MARQUEE_MAIL_SMTP_USERNAME", null)
                    .environment("MARQUEE_MAIL_SMTP_PASSWORD", null)
                    .start();
            organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
            Attendees.upload(organizer, eventId, "clear", "paid", "Alan");
            assertThat(clear.awaitCode(Attendees.email("clear", "Alan"), 1)).isNotBlank();
            assertThat(server.log()).contains("no encryption");
        } finally {
            clear.close();
        }
    }

    private static JsonNode awaitAttendee(String email, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode attendee : organizer.get("/api/v1/events/" + eventId + "/attendees").json()) {
                if (email.equalsIgnoreCase(attendee.path("email").asText())) {
                    last = attendee;
                    if (condition.test(attendee)) {
                        return attendee;
                    }
                }
            }
            MarqueeServer.sleep(500);
        }
        throw new AssertionError("Attendee " + email + " never matched; last seen: " + last);
    }
}
