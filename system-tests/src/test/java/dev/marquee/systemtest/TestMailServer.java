package dev.marquee.systemtest;

import dev.marquee.testkit.MarqueeServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.marquee.platform.infrastructure.mail.TestCertificates;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, and reading the access codes out of what it received.
 * It speaks TLS from the first byte (SMTPS) with a certificate for 127.0.0.1 from a CA made for this
 * run, which Marquee trusts through {@code marquee.mail.smtp.trust-store}: every test that reads a
 * mail goes through the verified TLS path. {@link #plain()} is the clear-text server for the tests of
 * what Marquee refuses.
 */
final class TestMailServer implements ExtensionContext.Store.CloseableResource {

    static final Pattern CODE = Pattern.compile("\\b([2-9A-Z]{5}-[2-9A-Z]{5}-[2-9A-Z]{5})\\b");

    private static TestCertificates ca;
    private static Path serverKeys;

    private final GreenMail greenMail;
    private final int port;
    private final boolean tls;

    private TestMailServer(GreenMail greenMail, int port, boolean tls) {
        this.greenMail = greenMail;
        this.port = port;
        this.tls = tls;
    }

    /** SMTPS with the run's certificate. */
    static TestMailServer start() {
        certificates();
        return start(ServerSetup.PROTOCOL_SMTPS, true, freePort());
    }

    /** Plain SMTP without STARTTLS (GreenMail has none), on the given port or a free one (0). */
    static TestMailServer plain(int port) {
        return start(ServerSetup.PROTOCOL_SMTP, false, port == 0 ? freePort() : port);
    }

    private static TestMailServer start(String protocol, boolean tls, int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", protocol));
        mail.start();
        return new TestMailServer(mail, port, tls);
    }

    /**
     * The run's private CA (its certificate, PEM, is what Marquee trusts) and the mail server's key for
     * 127.0.0.1, made once. GreenMail reads its SMTPS key once per JVM from the properties set here.
     */
    static synchronized TestCertificates certificates() {
        if (ca == null) {
            Path dir = MarqueeServer.newWorkDir("smtp-ca");
            ca = TestCertificates.newCa(dir);
            serverKeys = ca.serverKeyStore("mail-127", "ip:127.0.0.1", "dns:localhost");
            System.setProperty("greenmail.tls.keystore.file", serverKeys.toString());
            System.setProperty("greenmail.tls.keystore.password", TestCertificates.PASSWORD);
        }
        return ca;
    }

    /** The key store (PKCS12) of the run's mail server certificate, for other test servers. */
    static Path serverKeyStore() {
        certificates();
        return serverKeys;
    }

    /** How Marquee is pointed at this server: host, port and, for SMTPS, the security and the CA to trust. */
    Map<String, String> env() {
        if (!tls) {
            return Map.of("MARQUEE_MAIL_SMTP_HOST", "127.0.0.1", "MARQUEE_MAIL_SMTP_PORT", String.valueOf(port));
        }
        // Port 465 would make tls the default; a free port needs it said.
        return Map.of("MARQUEE_MAIL_SMTP_HOST", "127.0.0.1", "MARQUEE_MAIL_SMTP_PORT", String.valueOf(port),
                "MARQUEE_MAIL_SMTP_SECURITY", "tls",
                "MARQUEE_MAIL_SMTP_TRUST_STORE", certificates().caPem().toAbsolutePath().toString());
    }

    /** Lets this login in (GreenMail refuses AUTH for users it does not know). */
    TestMailServer withUser(String login, String password) {
        greenMail.setUser(login + "@marquee.test", login, password);
        return this;
    }

    int port() {
        return port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The mails to {@code recipient}, waiting up to 30 s until there are at least {@code count}. */
    List<Message> awaitMails(String recipient, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<Message> mails = mailsTo(recipient);
            if (mails.size() >= count) {
                return mails;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " mail(s) to " + recipient + ", got " + mails.size());
            }
            MarqueeServer.sleep(200);
        }
    }

    /** The access code in the newest of at least {@code count} mails to {@code recipient}. */
    String awaitCode(String recipient, int count) {
        List<Message> mails = awaitMails(recipient, count);
        String body = GreenMailUtil.getWholeMessage(mails.get(mails.size() - 1));
        Matcher matcher = CODE.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No access code in the mail to " + recipient + ":\n" + body);
        }
        return matcher.group(1);
    }

    List<Message> mailsTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                return false;
            }
        }).map(m -> (Message) m).toList();
    }

    /** Every mail received so far. */
    List<Message> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(m -> (Message) m).toList();
    }

    static String to(Message message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress().toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(Message message) {
        try {
            return message.getHeader("Message-ID")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
