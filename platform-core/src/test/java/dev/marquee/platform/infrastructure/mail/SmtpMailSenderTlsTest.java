package dev.marquee.platform.infrastructure.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.marquee.platform.application.mail.MailSender;
import dev.marquee.platform.domain.model.mail.OutboxMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sender against real SMTP servers on loopback, with certificates of a CA made for the test: TLS of
 * either kind delivers when the CA is trusted through {@code marquee.mail.smtp.trust-store}; an untrusted
 * certificate, one naming another host and a server without STARTTLS get nothing at all.
 */
class SmtpMailSenderTlsTest {

    private static final String USER = "mailer";
    private static final String SECRET = "smtp-secret-not-for-logs";
    private static final String CODE = "K7QXM-4HTRB-9CWPE";

    @TempDir
    static Path dir;
    private static TestCertificates ca;
    private static Path localhostKeys;

    private final List<AutoCloseable> servers = new ArrayList<>();

    @BeforeAll
    static void makeCertificates() {
        ca = TestCertificates.newCa(dir);
        localhostKeys = ca.serverKeyStore("mail-127", "ip:127.0.0.1", "dns:localhost");
        // GreenMail reads its SMTPS key once per JVM, from these properties.
        System.setProperty("greenmail.tls.keystore.file", localhostKeys.toString());
        System.setProperty("greenmail.tls.keystore.password", TestCertificates.PASSWORD);
    }

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    void implicitTlsDeliversWhenTheCaIsTrusted() throws Exception {
        GreenMail smtps = greenMail(ServerSetup.PROTOCOL_SMTPS);
        send(sender(smtps.getSmtps().getPort(), "tls", ca.caPem()));
        assertThat(smtps.getReceivedMessages()).hasSize(1);
    }

    @Test
    void implicitTlsIsTheDefaultOnlyOnPort465() {
        assertThat(SmtpSecurity.resolve(Optional.empty(), 465)).isEqualTo(SmtpSecurity.TLS);
    }

    @Test
    void anUntrustedCertificateGetsNothingAndTheRefusalSaysWhichKeyHelps() {
        GreenMail smtps = greenMail(ServerSetup.PROTOCOL_SMTPS);
        assertThatThrownBy(() -> send(sender(smtps.getSmtps().getPort(), "tls", null)))
                .isInstanceOf(MailSender.Refused.class).hasMessageContaining("marquee.mail.smtp.trust-store")
                .hasMessageNotContaining(SECRET);
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStartTlsDeliversAndLogsInOnlyOverTls() throws Exception {
        StartTlsServer server = keep(StartTlsServer.startTls(localhostKeys, USER, SECRET, 0));
        send(sender(server.port(), null, ca.caPem()));
        assertThat(server.mails()).hasSize(1);
        assertThat(new String(server.mails().get(0), StandardCharsets.UTF_8)).contains(CODE);
        assertThat(server.logins()).containsExactly(new StartTlsServer.Login(USER, true));
    }

    @Test
    void aCertificateForAnotherHostIsRefused() throws Exception {
        Path otherHost = ca.serverKeyStore("mail-other", "dns:mail.other.test");
        StartTlsServer server = keep(StartTlsServer.implicitTls(otherHost, USER, SECRET));
        assertThatThrownBy(() -> send(sender(server.port(), "tls", ca.caPem())))
                .isInstanceOf(MailSender.Refused.class).hasMessageContaining("marquee.mail.smtp.host");
        assertThat(server.logins()).isEmpty();
        assertThat(server.mails()).isEmpty();
    }

    @Test
    void aServerWithoutStartTlsGetsNoPasswordAndNoMailByDefault() {
        GreenMail plain = greenMail(ServerSetup.PROTOCOL_SMTP);
        assertThatThrownBy(() -> send(sender(plain.getSmtp().getPort(), null, null)))
                .isInstanceOf(MailSender.Refused.class)
                .hasMessageContaining("does not offer STARTTLS").hasMessageContaining("marquee.mail.smtp.security=none")
                .hasMessageNotContaining(SECRET);
        assertThat(plain.getReceivedMessages()).isEmpty();
    }

    @Test
    void clearTextOnlyWhenAskedForByName() throws Exception {
        GreenMail plain = greenMail(ServerSetup.PROTOCOL_SMTP);
        send(sender(plain.getSmtp().getPort(), "none", null));
        assertThat(plain.getReceivedMessages()).hasSize(1);
    }

    private GreenMail greenMail(String protocol) {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", protocol));
        mail.setUser("tickets@marquee.test", USER, SECRET);
        mail.start();
        servers.add(mail::stop);
        return mail;
    }

    private <T extends AutoCloseable> T keep(T server) {
        servers.add(server);
        return server;
    }

    private static SmtpMailSender sender(int port, String security, Path trustStore) {
        SmtpMailSender sender = new SmtpMailSender();
        sender.host = Optional.of("127.0.0.1");
        sender.port = port;
        sender.username = Optional.of(USER);
        sender.password = Optional.of(SECRET);
        sender.security = Optional.ofNullable(security);
        sender.starttls = Optional.empty();
        sender.trustStore = Optional.ofNullable(trustStore).map(Path::toString);
        sender.trustStorePassword = Optional.empty();
        sender.from = Optional.empty();
        sender.publicUrl = "http://localhost:8080";
        sender.init();
        return sender;
    }

    private static void send(SmtpMailSender sender) throws Exception {
        try (MailSender.Connection connection = sender.connect()) {
            connection.send(new OutboxMail(1L, 1L, "ada@example.org", "Your access code", "Your code: " + CODE, null,
                    Instant.now()));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
